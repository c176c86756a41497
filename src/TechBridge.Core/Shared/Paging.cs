namespace TechBridge.Core.Shared;

/// <summary>A page of results with the total count, as every list screen and API returns them.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

/// <summary>Page number and size, clamped to sane bounds so no request can ask for an unbounded page.</summary>
public readonly record struct PageRequest(int Page, int PageSize)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 200;

    /// <summary>The most rows one export may contain.</summary>
    public const int ExportLimit = 100_000;

    public static PageRequest Of(int? page, int? pageSize) =>
        new(Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? DefaultSize, 1, MaxSize));

    public int Skip => (Page - 1) * PageSize;
}
