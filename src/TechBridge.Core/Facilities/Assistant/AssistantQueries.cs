namespace TechBridge.Core.Facilities.Assistant;

/// <summary>The assistant's narrower text match: equipment whose name (Korean or English) or model holds the text.</summary>
internal static class AssistantQueries
{
    public static IQueryable<Equipment> NamedLike(IQueryable<Equipment> query, string text)
    {
        var t = text.Trim().ToLowerInvariant();
        return query.Where(e => e.NameKo.ToLower().Contains(t) || e.NameEn.ToLower().Contains(t) || (e.Model != null && e.Model.ToLower().Contains(t)));
    }
}
