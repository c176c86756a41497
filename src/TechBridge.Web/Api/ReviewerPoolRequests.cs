using Microsoft.AspNetCore.Mvc;
using TechBridge.Core.Programs.Review.Pool;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Web.Api;

/// <summary>The query string of the reviewer pool: group (overseas, domestic), field, text, active (true, false), paging.</summary>
public sealed class ReviewerPoolQuery
{
    // Text, not enum or bool: an unknown value gets a field message instead of a bare 400.
    [FromQuery(Name = "group")] public string? Group { get; init; }
    [FromQuery(Name = "field")] public string? Field { get; init; }
    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "active")] public string? Active { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }

    public ReviewerPoolFilter ToFilter(TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = new ValidationErrors();
        var field = TextInput.Blank(Field);
        QueryValues.Code(errors, "field", field, "Field.Fields", taxonomy.Fields.ContainsKey);
        var group = QueryValues.Enum<ReviewerGroup>(errors, "group", Group, "ReviewerPool.Field.Group");
        var active = QueryValues.Bool(errors, "active", Active, "ReviewerPool.Field.Active");
        PageRequest.Check(errors, Page, PageSize);
        errors.ThrowIfAny();
        return new ReviewerPoolFilter(group, field, Q, active);
    }

    public PageRequest ToPage() => PageRequest.Of(Page, PageSize);
}

/// <summary>The body of "add from directory": the directory people to put in the pool.</summary>
public sealed record ReviewerAddRequest(IReadOnlyList<Guid>? PersonIds);
