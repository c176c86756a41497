namespace TechBridge.Core.Data.Seeding;

// The shapes of the files in data/seed/ (see data/seed/README.md).
#pragma warning disable CA1812 // instantiated by System.Text.Json
internal sealed record NamedSeed(string Code, string Ko, string En, int SortOrder);

internal sealed record IndustrySeed(string Code, string Ko, string En, int SortOrder);

internal sealed record RndStageSeed(string Code, string Ko, string En, int SortOrder, int TrlMin, int TrlMax);

internal sealed record TrlSeed(int Level, string Ko, string En, string? DescriptionKo, string? DescriptionEn);

internal sealed record CountrySeed(string Alpha2, string Alpha3, string Numeric, string En, string Ko);

internal sealed record CooperationCenterSeed(
    string Code, string HostKo, string HostEn, string CountryAlpha2, string? City, int? YearEstablished,
    IReadOnlyList<string> FocusFields, string? FocusKo, string? FocusEn);

internal sealed record CooperationPairSeed(
    string DomesticKo, string DomesticEn, string PartnerKo, string PartnerEn, string? CountryAlpha2,
    string GoalKo, string GoalEn, string? Field);

internal sealed record AlchemistThemeSeed(string Code, string TitleKo, string TitleEn, int? Year, string? Field, string? NoteKo, string? NoteEn);

internal sealed record SuperGapProjectSeed(string Code, string Field, string TitleKo, string TitleEn, int? Year);

internal sealed record ProgramFigureSeed(string LabelKo, string LabelEn, double Value, string Unit, int? Year, string? SourceNote);

internal sealed record ProgramStageSeed(int Order, string NameKo, string NameEn, double? Years, int? Tasks, long? BudgetKrwPerTask, string? SelectionRatio);

internal sealed record ProgramSeed(
    string Code, string NameKo, string NameEn, string? AgencyKo, string? AgencyEn, string? SummaryKo, string? SummaryEn, int? Year,
    IReadOnlyList<ProgramFigureSeed>? Figures, IReadOnlyList<ProgramStageSeed>? Stages);

internal sealed record CooperationTypeSeed(string Code, string Direction, string Ko, string En, string? DescriptionKo, string? DescriptionEn);
#pragma warning restore CA1812
