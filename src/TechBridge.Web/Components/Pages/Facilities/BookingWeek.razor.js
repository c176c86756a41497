// The booking week's grid takes the arrow keys, Home, End, Enter, Space and Escape for choosing cells, so they do not
// scroll the page; Tab still moves focus on. (Blazor's preventDefault cannot tell keys apart.)
const taken = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "Enter", " ", "Escape"]);

export function holdKeys(grid) {
    grid.addEventListener("keydown", event => {
        if (taken.has(event.key)) {
            event.preventDefault();
        }
    });
}
