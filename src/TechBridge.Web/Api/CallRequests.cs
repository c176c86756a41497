using Microsoft.AspNetCore.Mvc;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Web.Api;

/// <summary>The query string of the call list: text, program, field, phase (draft, upcoming, open, over), paging.</summary>
public sealed class CallQuery
{
    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "program")] public string? Program { get; init; }
    [FromQuery(Name = "field")] public string? Field { get; init; }

    // Text, not an enum: an unknown phase gets a field message instead of a bare 400.
    [FromQuery(Name = "phase")] public string? Phase { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }

    public CallFilter ToFilter(TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = new ValidationErrors();
        var field = TextInput.Blank(Field);
        QueryValues.Code(errors, "field", field, "Field.Fields", taxonomy.Fields.ContainsKey);
        var phase = QueryValues.Enum<CallPhase>(errors, "phase", Phase, "Field.CallPhase");
        PageRequest.Check(errors, Page, PageSize);
        errors.ThrowIfAny();
        return new CallFilter(Q, TextInput.Blank(Program), field, phase);
    }

    public PageRequest ToPage() => PageRequest.Of(Page, PageSize);
}

/// <summary>The body of an extension: the new closing time.</summary>
public sealed record CallExtension(DateTimeOffset? ClosesAt);
