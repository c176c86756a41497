using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Programs.Calls;

/// <summary>
/// Checks a call as written, every field at once (messages in the current UI language, keyed by the input's camelCase
/// path such as <c>stages[1].weightPercent</c>): the program exists; titles, summaries and topic texts within their
/// lengths; closes after it opens; budgets, share and months in range and the per-task cap within the total; at least one
/// field and one applicant type; topics exactly when the call is item-designated; 1–5 review stages with screening (if
/// any) first with no weight, each kind once, the weights of the scored stages adding up to 100, reviewers per proposal
/// for every scored stage, and due dates after the close and in order.
/// </summary>
public sealed class CallValidator(TechBridgeDbContext db, TaxonomyCatalog taxonomy)
{
    public async Task ValidateAsync(CallInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new ValidationErrors();
        var codes = await db.Set<Reference.ProgramInfo>().AsNoTracking().Select(p => p.Code).ToListAsync(cancellationToken);
        errors.RequireCode("programCode", input.ProgramCode, "Field.Program", codes.Contains, "Validation.Choose");
        Text(errors, "titleKo", input.TitleKo, "Field.CallTitleKo", CallLimits.TitleLength, required: true);
        Text(errors, "titleEn", input.TitleEn, "Field.CallTitleEn", CallLimits.TitleLength, required: true);
        Text(errors, "summaryKo", input.SummaryKo, "Field.CallSummaryKo", CallLimits.SummaryLength, required: false);
        Text(errors, "summaryEn", input.SummaryEn, "Field.CallSummaryEn", CallLimits.SummaryLength, required: false);
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add("kind", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Field.CallKind")));
        }

        Period(errors, input);
        Money(errors, input);
        var snapshot = await taxonomy.GetAsync(cancellationToken);
        if (input.FieldCodes is not { Count: > 0 })
        {
            errors.Add("fieldCodes", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Field.Fields")));
        }
        else
        {
            errors.KnownCodes("fieldCodes", input.FieldCodes, "Field.Fields", snapshot.Fields.ContainsKey);
        }

        if (input.ApplicantTypes is not { Count: > 0 } || input.ApplicantTypes.Any(t => !Enum.IsDefined(t)))
        {
            errors.Add("applicantTypes", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Field.ApplicantTypes")));
        }

        if (input.Documents?.Any(d => !Enum.IsDefined(d)) == true)
        {
            errors.Add("documents", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Field.RequiredDocuments")));
        }

        Topics(errors, input);
        Stages(errors, input);
        errors.ThrowIfAny();
    }

    private static void Text(ValidationErrors errors, string field, string? value, string label, int length, bool required)
    {
        if (required)
        {
            errors.RequireText(field, value, label, length);
        }
        else
        {
            errors.MaxLength(field, value, label, length);
        }

        errors.PlainText(field, value);
    }

    private static void Period(ValidationErrors errors, CallInput input)
    {
        if (input.OpensAt is null)
        {
            errors.Add("opensAt", CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.OpensAt")));
        }

        if (input.ClosesAt is null)
        {
            errors.Add("closesAt", CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.ClosesAt")));
        }
        else if (input.OpensAt is { } opens && input.ClosesAt <= opens)
        {
            errors.Add("closesAt", CoreMessages.Get("Call.ClosesBeforeOpening"));
        }
    }

    private static void Money(ValidationErrors errors, CallInput input)
    {
        Range(errors, "totalBudgetKrw", input.TotalBudgetKrw, "Field.TotalBudget", 1, CallLimits.MaxBudgetKrw);
        Range(errors, "maxGovernmentKrwPerTask", input.MaxGovernmentKrwPerTask, "Field.MaxPerTask", 1, CallLimits.MaxBudgetKrw);
        if (input.MaxGovernmentKrwPerTask > input.TotalBudgetKrw)
        {
            errors.Add("maxGovernmentKrwPerTask", CoreMessages.Get("Call.CapAboveTotal"));
        }

        Range(errors, "maxGovernmentSharePercent", input.MaxGovernmentSharePercent, "Field.MaxGovernmentShare", 1, 100);
        Range(errors, "maxMonths", input.MaxMonths, "Field.MaxMonths", 1, CallLimits.MaxMonths);
    }

    private static void Topics(ValidationErrors errors, CallInput input)
    {
        var topics = input.Topics ?? [];
        if (input.Kind == CallKind.ItemDesignated && topics.Count == 0)
        {
            errors.Add("topics", CoreMessages.Get("Call.TopicsRequired"));
        }
        else if (input.Kind == CallKind.Open && topics.Count > 0)
        {
            errors.Add("topics", CoreMessages.Get("Call.TopicsOnlyDesignated"));
        }

        if (topics.Count > CallLimits.MaxTopics)
        {
            errors.Add("topics", CoreMessages.Get("Call.TooManyTopics", CallLimits.MaxTopics));
        }

        for (var i = 0; i < topics.Count; i++)
        {
            var t = topics[i];
            Text(errors, $"topics[{i}].titleKo", t.TitleKo, "Field.TopicTitleKo", CallLimits.TitleLength, required: true);
            Text(errors, $"topics[{i}].titleEn", t.TitleEn, "Field.TopicTitleEn", CallLimits.TitleLength, required: true);
            Text(errors, $"topics[{i}].whyKo", t.WhyKo, "Field.TopicWhyKo", CallLimits.TopicTextLength, required: true);
            Text(errors, $"topics[{i}].whyEn", t.WhyEn, "Field.TopicWhyEn", CallLimits.TopicTextLength, required: true);
            Text(errors, $"topics[{i}].whatKo", t.WhatKo, "Field.TopicWhatKo", CallLimits.TopicTextLength, required: true);
            Text(errors, $"topics[{i}].whatEn", t.WhatEn, "Field.TopicWhatEn", CallLimits.TopicTextLength, required: true);
        }
    }

    private static void Stages(ValidationErrors errors, CallInput input)
    {
        var stages = input.Stages ?? [];
        if (stages.Count is 0 or > CallLimits.MaxStages)
        {
            errors.Add("stages", CoreMessages.Get("Call.StageCount", CallLimits.MaxStages));
            return;
        }

        var weights = 0;
        DateTimeOffset? previousDue = input.ClosesAt;
        for (var i = 0; i < stages.Count; i++)
        {
            var s = stages[i];
            var path = $"stages[{i}]";
            if (s.Kind is not { } kind || !Enum.IsDefined(kind))
            {
                errors.Add($"{path}.kind", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Field.StageKind")));
                continue;
            }

            if (stages.Take(i).Any(p => p.Kind == kind))
            {
                errors.Add($"{path}.kind", CoreMessages.Get("Call.StageTwice", CoreMessages.Get($"StageKind.{kind}")));
            }

            if (kind == StageKind.Screening)
            {
                if (i != 0)
                {
                    errors.Add($"{path}.kind", CoreMessages.Get("Call.ScreeningFirst"));
                }

                if (s.WeightPercent is not (null or 0) || s.ReviewersPerProposal is not (null or 0))
                {
                    errors.Add($"{path}.weightPercent", CoreMessages.Get("Call.ScreeningUnscored"));
                }
            }
            else
            {
                Range(errors, $"{path}.weightPercent", s.WeightPercent, "Field.StageWeight", 1, 100);
                Range(errors, $"{path}.reviewersPerProposal", s.ReviewersPerProposal, "Field.ReviewersPerProposal", 1, CallLimits.MaxReviewersPerProposal);
                weights += s.WeightPercent ?? 0;
            }

            if (s.CutOff is < 0 or > 100)
            {
                errors.Add($"{path}.cutOff", CoreMessages.Get("Validation.Range", CoreMessages.Get("Field.CutOff"), 0, 100));
            }

            if (s.DueAt is { } due)
            {
                if (previousDue is { } before && due <= before)
                {
                    errors.Add($"{path}.dueAt", CoreMessages.Get("Call.StageDueOrder"));
                }

                previousDue = due;
            }
        }

        if (stages.Any(s => s.Kind is not null and not StageKind.Screening) && weights != 100)
        {
            errors.Add("stages", CoreMessages.Get("Call.StageWeights", weights));
        }
        else if (stages.All(s => s.Kind is StageKind.Screening))
        {
            errors.Add("stages", CoreMessages.Get("Call.StageScored"));
        }
    }

    private static void Range(ValidationErrors errors, string field, long? value, string label, long min, long max)
    {
        if (value is null)
        {
            errors.Add(field, CoreMessages.Get("Validation.Required", CoreMessages.Get(label)));
        }
        else if (value < min || value > max)
        {
            errors.Add(field, CoreMessages.Get("Validation.Range", CoreMessages.Get(label), min.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                max.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
