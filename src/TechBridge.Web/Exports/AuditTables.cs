using Microsoft.Extensions.Localization;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Export;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Web.Localization;

namespace TechBridge.Web.Exports;

/// <summary>The audit trail as an export table (times in KST, in the before/after values too).</summary>
public sealed class AuditTables(IStringLocalizer<SharedResource> l)
{
    public Table Entries(IReadOnlyList<AuditEntry> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new Table(
            "audit",
            [T("Col.Time"), T("Col.Actor"), T("Col.Action"), T("Col.EntityType"), T("Col.EntityId"), T("Col.Before"), T("Col.After"), T("Col.RequestId")],
            [.. rows.Select(e => (IReadOnlyList<string?>)
            [
                Kst.Format(e.At), e.ActorName, T($"AuditAction.{e.Action}"), e.EntityType, e.EntityId, AuditJson.Readable(e.Before), AuditJson.Readable(e.After), e.RequestId,
            ])]);
    }

    private string T(string key) => l[key].Value;
}
