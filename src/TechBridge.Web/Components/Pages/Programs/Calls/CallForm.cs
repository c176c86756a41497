using System.Globalization;
using Microsoft.AspNetCore.Http;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Web.Components.Pages.Facilities;
using TechBridge.Web.Components.Shared;

namespace TechBridge.Web.Components.Pages.Programs.Calls;

/// <summary>
/// The call form as posted: the call's own fields bound by the form; the checkbox lists (<c>FieldCodes</c>,
/// <c>ApplicantTypes</c>, <c>Documents</c>), the topic rows (<c>TopicTitleKo0</c>, …) and the stage rows
/// (<c>StageKind0</c>, …) read from the form collection. Date-times are the browser's <c>datetime-local</c> values, read
/// as KST. A blank topic row and a stage row with no kind are not rows; Core's messages for a row go to its place among
/// the rows that count.
/// </summary>
public sealed class CallForm
{
    private const string LocalFormat = "yyyy-MM-dd'T'HH:mm";

    public string? ProgramCode { get; set; }
    public string? TitleKo { get; set; }
    public string? TitleEn { get; set; }
    public string? SummaryKo { get; set; }
    public string? SummaryEn { get; set; }
    public string? Kind { get; set; } = nameof(CallKind.Open);
    public string? OpensAt { get; set; }
    public string? ClosesAt { get; set; }
    public string? TotalBudget { get; set; }
    public string? MaxPerTask { get; set; }
    public string? MaxSharePercent { get; set; } = "75";
    public string? MaxMonths { get; set; } = "36";
    public bool RequiresDispatch { get; set; }
    public bool RequiresOverseasPartner { get; set; }

    public bool KeepsRawScores { get; set; }
    public string? Version { get; set; }

    public static CallForm From(CallView call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new CallForm
        {
            ProgramCode = call.ProgramCode, TitleKo = call.TitleKo, TitleEn = call.TitleEn, SummaryKo = call.SummaryKo, SummaryEn = call.SummaryEn,
            Kind = call.Kind.ToString(), OpensAt = Local(call.OpensAt), ClosesAt = Local(call.ClosesAt),
            TotalBudget = call.TotalBudgetKrw.ToString("N0", CultureInfo.InvariantCulture),
            MaxPerTask = call.MaxGovernmentKrwPerTask.ToString("N0", CultureInfo.InvariantCulture),
            MaxSharePercent = call.MaxGovernmentSharePercent.ToString(CultureInfo.InvariantCulture),
            MaxMonths = call.MaxMonths.ToString(CultureInfo.InvariantCulture),
            RequiresDispatch = call.RequiresDispatch, RequiresOverseasPartner = call.RequiresOverseasPartner, KeepsRawScores = call.KeepsRawScores,
            Version = call.Version.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>An instant as a <c>datetime-local</c> value in KST.</summary>
    public static string Local(DateTimeOffset instant) => Kst.ToKst(instant).ToString(LocalFormat, CultureInfo.InvariantCulture);

    /// <summary>A posted <c>datetime-local</c> value read as KST, or null when it is blank or unreadable.</summary>
    public static DateTimeOffset? At(string? local)
    {
        if (string.IsNullOrWhiteSpace(local))
        {
            return null;
        }

        var parts = local.Trim().Split('T', 2);
        return parts.Length == 2 ? KstFormValues.At(parts[0], parts[1]) : null;
    }

    public long? ExpectedVersion() => long.TryParse(Version, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>The values of a checkbox list as posted.</summary>
    public static HashSet<string> Checked(IFormCollection form, string name)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The topic rows as posted, in order, up to <paramref name="max"/>.</summary>
    public static List<CallTopicRow> Topics(IFormCollection form, int max)
    {
        ArgumentNullException.ThrowIfNull(form);
        var rows = new List<CallTopicRow>();
        for (var i = 0; i < max && form.ContainsKey($"TopicTitleKo{i}"); i++)
        {
            rows.Add(new CallTopicRow(form[$"TopicTitleKo{i}"], form[$"TopicTitleEn{i}"], form[$"TopicWhyKo{i}"], form[$"TopicWhyEn{i}"],
                form[$"TopicWhatKo{i}"], form[$"TopicWhatEn{i}"]));
        }

        return rows;
    }

    /// <summary>The stage rows as posted, in order, up to <paramref name="max"/>.</summary>
    public static List<CallStageRow> Stages(IFormCollection form, int max)
    {
        ArgumentNullException.ThrowIfNull(form);
        return [.. Enumerable.Range(0, max).Select(i => new CallStageRow(form[$"StageKind{i}"], form[$"StageWeight{i}"], form[$"StageCutOff{i}"],
            form[$"StageReviewers{i}"], form[$"StageDue{i}"]))];
    }

    /// <summary>
    /// The input for Core. A number or date-time that cannot be read is a field message in <paramref name="errors"/>
    /// (keyed as Core keys its own, so it shows beside the same field); <paramref name="unreadableDateTime"/> is that message for date-times.
    /// </summary>
    public CallInput ToInput(IEnumerable<string> fieldCodes, IEnumerable<string> applicantTypes, IEnumerable<string> documents,
        IReadOnlyList<CallTopicRow> topics, IReadOnlyList<CallStageRow> stages, ValidationErrors errors, string unreadableDateTime)
    {
        ArgumentNullException.ThrowIfNull(fieldCodes);
        ArgumentNullException.ThrowIfNull(applicantTypes);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentNullException.ThrowIfNull(errors);
        var stageInputs = new List<CallStageInput>();
        foreach (var row in stages.Where(s => !s.IsEmpty))
        {
            var path = $"stages[{stageInputs.Count}]";
            stageInputs.Add(new CallStageInput(
                Enum.TryParse<StageKind>(row.Kind, out var kind) && Enum.IsDefined(kind) ? kind : null,
                FormNumbers.Number(errors, $"{path}.weightPercent", row.Weight, "Field.StageWeight"),
                FormNumbers.Number(errors, $"{path}.cutOff", row.CutOff, "Field.CutOff"),
                FormNumbers.Number(errors, $"{path}.reviewersPerProposal", row.Reviewers, "Field.ReviewersPerProposal"),
                DateTime(errors, $"{path}.dueAt", row.Due, unreadableDateTime)));
        }

        return new CallInput
        {
            ProgramCode = ProgramCode,
            TitleKo = TitleKo,
            TitleEn = TitleEn,
            SummaryKo = SummaryKo,
            SummaryEn = SummaryEn,
            Kind = Enum.TryParse<CallKind>(Kind, out var callKind) && Enum.IsDefined(callKind) ? callKind : null,
            OpensAt = DateTime(errors, "opensAt", OpensAt, unreadableDateTime),
            ClosesAt = DateTime(errors, "closesAt", ClosesAt, unreadableDateTime),
            TotalBudgetKrw = FormNumbers.Amount(errors, "totalBudgetKrw", TotalBudget, "Field.TotalBudget"),
            MaxGovernmentKrwPerTask = FormNumbers.Amount(errors, "maxGovernmentKrwPerTask", MaxPerTask, "Field.MaxPerTask"),
            MaxGovernmentSharePercent = FormNumbers.Number(errors, "maxGovernmentSharePercent", MaxSharePercent, "Field.MaxGovernmentShare"),
            MaxMonths = FormNumbers.Number(errors, "maxMonths", MaxMonths, "Field.MaxMonths"),
            RequiresDispatch = RequiresDispatch,
            RequiresOverseasPartner = RequiresOverseasPartner,
            KeepsRawScores = KeepsRawScores,
            FieldCodes = [.. fieldCodes],
            ApplicantTypes = [.. Parsed<ApplicantType>(applicantTypes)],
            Documents = [.. Parsed<DocumentKind>(documents)],
            Topics = [.. topics.Where(t => !t.IsEmpty).Select(t => new CallTopicInput(t.TitleKo, t.TitleEn, t.WhyKo, t.WhyEn, t.WhatKo, t.WhatEn))],
            Stages = stageInputs,
        };
    }

    private static IEnumerable<TEnum> Parsed<TEnum>(IEnumerable<string> values)
        where TEnum : struct, Enum =>
        values.Select(v => Enum.TryParse<TEnum>(v, out var value) && Enum.IsDefined(value) ? value : (TEnum?)null).OfType<TEnum>();

    private static DateTimeOffset? DateTime(ValidationErrors errors, string field, string? local, string unreadable)
    {
        if (string.IsNullOrWhiteSpace(local))
        {
            return null;
        }

        if (At(local) is { } at)
        {
            return at;
        }

        errors.Add(field, unreadable);
        return null;
    }
}

/// <summary>One topic row as typed.</summary>
public sealed record CallTopicRow(string? TitleKo, string? TitleEn, string? WhyKo, string? WhyEn, string? WhatKo, string? WhatEn)
{
    public static CallTopicRow Blank { get; } = new(null, null, null, null, null, null);

    public bool IsEmpty => string.IsNullOrWhiteSpace(TitleKo) && string.IsNullOrWhiteSpace(TitleEn) && string.IsNullOrWhiteSpace(WhyKo)
                           && string.IsNullOrWhiteSpace(WhyEn) && string.IsNullOrWhiteSpace(WhatKo) && string.IsNullOrWhiteSpace(WhatEn);

    public static CallTopicRow From(CallTopicView topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return new(topic.TitleKo, topic.TitleEn, topic.WhyKo, topic.WhyEn, topic.WhatKo, topic.WhatEn);
    }
}

/// <summary>One review stage row as typed; a row with no kind is not a stage.</summary>
public sealed record CallStageRow(string? Kind, string? Weight, string? CutOff, string? Reviewers, string? Due)
{
    public static CallStageRow Blank { get; } = new(null, null, null, null, null);

    public bool IsEmpty => string.IsNullOrWhiteSpace(Kind);

    public static CallStageRow From(CallStageView stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return new(stage.Kind.ToString(), stage.WeightPercent.ToString(CultureInfo.InvariantCulture), stage.CutOff?.ToString(CultureInfo.InvariantCulture),
            stage.ReviewersPerProposal.ToString(CultureInfo.InvariantCulture), stage.DueAt is { } due ? CallForm.Local(due) : null);
    }

    /// <summary>A new call's stages: screening, overseas peer review (40%, 3 reviewers), domestic panel (60%, 5 reviewers).</summary>
    public static IReadOnlyList<CallStageRow> Defaults { get; } =
    [
        new(nameof(StageKind.Screening), "0", null, "0", null),
        new(nameof(StageKind.OverseasPeerReview), "40", null, "3", null),
        new(nameof(StageKind.DomesticPanel), "60", null, "5", null),
    ];
}
