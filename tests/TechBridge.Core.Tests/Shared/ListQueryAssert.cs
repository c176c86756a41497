using TechBridge.Core.Shared;

namespace TechBridge.Core.Tests.Shared;

/// <summary>Checks a list query's filters against the same rows filtered in memory.</summary>
public static class ListQueryAssert
{
    /// <summary>
    /// For each filter: some rows match, the export returns exactly the expected ids, and the first page of the search
    /// counts all of them.
    /// </summary>
    public static async Task FiltersMatchAsync<TQueries, TFilter, TItem>(
        CoreHost host,
        IEnumerable<TFilter> filters,
        Func<TFilter, IEnumerable<Guid>> expectedIds,
        Func<TQueries, TFilter, Task<IReadOnlyList<TItem>>> export,
        Func<TQueries, TFilter, PageRequest, Task<PagedResult<TItem>>> search,
        Func<TItem, Guid> idOf)
        where TQueries : notnull
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(filters);
        foreach (var filter in filters)
        {
            var expected = expectedIds(filter).ToHashSet();
            var exported = await host.RunAsync<TQueries, IReadOnlyList<TItem>>(q => export(q, filter));
            var page = await host.RunAsync<TQueries, PagedResult<TItem>>(q => search(q, filter, PageRequest.Of(1, 5)));

            Assert.NotEmpty(expected);
            Assert.True(expected.SetEquals(exported.Select(idOf)), $"{filter}: expected {expected.Count} rows, got {exported.Count}");
            Assert.Equal(expected.Count, page.Total);
        }
    }
}
