using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Shared;

/// <summary>A page of results with the total count, as every list screen and API returns them.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

/// <summary>
/// Page number and size. One rule for every list: a page outside 1–<see cref="MaxPage"/> or a size outside
/// 1–<see cref="MaxSize"/> is refused with a field message (never clamped silently); a page past the last one is
/// simply empty, with the right total.
/// </summary>
public readonly record struct PageRequest(int Page, int PageSize)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 200;

    /// <summary>The highest page number anyone may ask for; with <see cref="MaxSize"/> the offset still fits an int.</summary>
    public const int MaxPage = 1_000_000;

    /// <summary>The most rows one export may contain.</summary>
    public const int ExportLimit = 100_000;

    /// <summary>The requested page (1 and <see cref="DefaultSize"/> when missing); throws <see cref="ValidationFailedException"/> when out of range.</summary>
    public static PageRequest Of(int? page, int? pageSize)
    {
        var errors = new ValidationErrors();
        Check(errors, page, pageSize);
        errors.ThrowIfAny();
        return new(page ?? 1, pageSize ?? DefaultSize);
    }

    /// <summary>Adds the field messages for an out-of-range page or page size to <paramref name="errors"/>.</summary>
    public static void Check(ValidationErrors errors, int? page, int? pageSize)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (page is < 1 or > MaxPage)
        {
            errors.Add("page", CoreMessages.Get("Validation.Range", "page", 1, MaxPage));
        }

        if (pageSize is < 1 or > MaxSize)
        {
            errors.Add("pageSize", CoreMessages.Get("Validation.Range", "pageSize", 1, MaxSize));
        }
    }

    public int Skip => (Page - 1) * PageSize;
}
