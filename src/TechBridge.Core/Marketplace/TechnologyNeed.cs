using TechBridge.Core.Directory;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Marketplace;

/// <summary>
/// A company's technology need: free text (Korean or English) plus the structured wishes matching uses: fields, R&amp;D
/// stage, TRL range, budget, timeline, preferred partner countries and the kind of cooperation sought.
/// </summary>
public sealed class TechnologyNeed : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CompanyId { get; set; }
    public string Title { get; set; } = string.Empty;
    public string Description { get; set; } = string.Empty;
    public required string RndStageCode { get; set; }
    public int? TrlMin { get; set; }
    public int? TrlMax { get; set; }
    public long? BudgetKrw { get; set; }
    public int? TimelineMonths { get; set; }

    /// <summary>A code of the cooperation types of seed 003 (e.g. JOINT_RESEARCH).</summary>
    public required string CooperationTypeCode { get; set; }
    public NeedStatus Status { get; set; }

    /// <summary>The account that filed the need; null for demo and imported needs (or when the account is gone).</summary>
    public Guid? CreatedById { get; set; }
    public bool IsDemo { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Kept by the DbContext (see <see cref="IVersioned"/>).</summary>
    public long Version { get; private set; }

    public Organization? Company { get; set; }
    public List<TechnologyNeedField> Fields { get; init; } = [];
    public List<TechnologyNeedCountry> Countries { get; init; } = [];
}

public sealed class TechnologyNeedField
{
    public Guid NeedId { get; init; }
    public required string FieldCode { get; init; }
}

/// <summary>A country where the company would like its partner to be (ISO 3166-1 alpha-2).</summary>
public sealed class TechnologyNeedCountry
{
    public Guid NeedId { get; init; }
    public required string CountryCode { get; init; }
}
