using Microsoft.Extensions.Primitives;
using TechBridge.Core.Facilities.Assistant;

namespace TechBridge.Web.Components.Pages.Facilities.Assistant;

/// <summary>
/// The conversation of one page visit, carried in the form's hidden fields: at most <see cref="MaxTurns"/> turns, each
/// question and answer cut to a bound, so a crafted form cannot grow the page.
/// </summary>
public static class AssistantConversation
{
    public const int MaxTurns = 6;
    public const int MaxAnswerLength = 1_000;

    public sealed record Turn(string Question, string Answer);

    public static List<Turn> Read(StringValues asked, StringValues answered) =>
    [
        .. asked.Zip(answered)
            .Where(p => !string.IsNullOrWhiteSpace(p.First) && !string.IsNullOrWhiteSpace(p.Second))
            .Select(p => new Turn(Cut(p.First!, EquipmentAssistant.MaxQuestionLength), Cut(p.Second!, MaxAnswerLength)))
            .TakeLast(MaxTurns),
    ];

    private static string Cut(string text, int length) => text.Length <= length ? text.Trim() : text[..length].Trim();
}
