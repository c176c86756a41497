using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Programs.Reference;

/// <summary>A public program or policy as the source documents describe it, with its published figures.</summary>
public sealed class ProgramInfo : ILocalizedName
{
    public required string Code { get; init; }
    public required string NameKo { get; set; }
    public required string NameEn { get; set; }
    public string? AgencyKo { get; set; }
    public string? AgencyEn { get; set; }
    public string? SummaryKo { get; set; }
    public string? SummaryEn { get; set; }
    public int? Year { get; set; }

    public List<ProgramFigure> Figures { get; init; } = [];
    public List<ProgramStage> Stages { get; init; } = [];
}

/// <summary>A number a source publishes about a program (tasks, budget, institutions …).</summary>
public sealed class ProgramFigure
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string ProgramCode { get; init; }
    public int SortOrder { get; set; }
    public required string LabelKo { get; set; }
    public required string LabelEn { get; set; }
    public double Value { get; set; }
    public required string Unit { get; set; }
    public int? Year { get; set; }
    public string? SourceNote { get; set; }
}

/// <summary>A stage of a staged program (e.g. Alchemist+ concept study → main study).</summary>
public sealed class ProgramStage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string ProgramCode { get; init; }
    public int StageOrder { get; set; }
    public required string NameKo { get; set; }
    public required string NameEn { get; set; }
    public double? Years { get; set; }
    public int? Tasks { get; set; }
    public long? BudgetKrwPerTask { get; set; }
    public string? SelectionRatio { get; set; }
}
