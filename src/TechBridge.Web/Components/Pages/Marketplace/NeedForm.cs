using System.Globalization;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Shared.Errors;
using TechBridge.Web.Components.Shared;

namespace TechBridge.Web.Components.Pages.Marketplace;

/// <summary>
/// The need form as posted (all text). The budget is typed in 만원 (10,000 KRW), as Korean users count it; countries as
/// ISO codes separated by commas. Core validates the converted input.
/// </summary>
public sealed class NeedForm
{
    public const long BudgetUnit = 10_000;

    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? RndStageCode { get; set; }
    public string? CooperationTypeCode { get; set; }
    public string? TrlMin { get; set; }
    public string? TrlMax { get; set; }
    public string? BudgetManwon { get; set; }
    public string? TimelineMonths { get; set; }
    public string? Countries { get; set; }
    public string Status { get; set; } = nameof(NeedStatus.Open);

    /// <summary>The version the form was filled from (a hidden field), so a save over someone else's change is refused.</summary>
    public string? Version { get; set; }

    public static NeedForm From(NeedDetail need)
    {
        ArgumentNullException.ThrowIfNull(need);
        return new NeedForm
        {
            Title = need.Title,
            Description = need.Description,
            RndStageCode = need.RndStageCode,
            CooperationTypeCode = need.CooperationTypeCode,
            TrlMin = need.TrlMin?.ToString(CultureInfo.InvariantCulture),
            TrlMax = need.TrlMax?.ToString(CultureInfo.InvariantCulture),
            BudgetManwon = need.BudgetKrw is { } budget ? (budget / BudgetUnit).ToString(CultureInfo.InvariantCulture) : null,
            TimelineMonths = need.TimelineMonths?.ToString(CultureInfo.InvariantCulture),
            Countries = string.Join(", ", need.Countries),
            Status = need.Status.ToString(),
            Version = need.Version.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The version the form was filled from; null when absent (a new need) or not a number (then the loaded version guards the save).</summary>
    public long? ExpectedVersion() =>
        long.TryParse(Version, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;

    /// <summary>Converts to Core input; text that is not a number or a known option is reported in <paramref name="errors"/>.</summary>
    public NeedInput ToInput(IReadOnlyCollection<string> fields, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var status = Api.QueryValues.Enum<NeedStatus>(errors, nameof(Status), Status, "Field.Status") ?? NeedStatus.Open;
        var budget = FormNumbers.Amount(errors, nameof(NeedInput.BudgetKrw), BudgetManwon, "Field.Budget");
        long? budgetKrw = budget switch
        {
            null => null,
            > long.MaxValue / BudgetUnit => long.MaxValue, // out of range either way; Core reports it
            < long.MinValue / BudgetUnit => long.MinValue,
            { } manwon => manwon * BudgetUnit,
        };
        var countries = (Countries ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new NeedInput(
            Title,
            Description,
            RndStageCode,
            CooperationTypeCode,
            fields,
            FormNumbers.Number(errors, nameof(NeedInput.TrlMin), TrlMin, "Field.Trl"),
            FormNumbers.Number(errors, nameof(NeedInput.TrlMax), TrlMax, "Field.Trl"),
            budgetKrw,
            FormNumbers.Number(errors, nameof(NeedInput.TimelineMonths), TimelineMonths, "Field.Timeline"),
            countries,
            status);
    }
}
