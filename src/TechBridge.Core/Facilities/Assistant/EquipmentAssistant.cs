using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Facilities.Assistant;

/// <summary>
/// i-Tube, the equipment assistant: answers one question from the catalogue (the catalogue's own text match, tried with
/// each of the subject's names in turn), the availability search and the fee rules. It never answers beyond them: when
/// nothing matches it says so and points to a support request.
/// </summary>
public sealed class EquipmentAssistant(
    TechBridgeDbContext db, TaxonomyCatalog taxonomy, AvailabilitySearch availability, AssistantVocabularySource vocabularies, TimeProvider time)
{
    public const int MaxQuestionLength = 300;
    public const int MaxCards = 5;
    public const int DefaultHours = 2;
    public const int DefaultWindowDays = 30;
    public const string SupportRequestUrl = "/facilities/requests/new";

    public async Task<AssistantAnswer> AskAsync(AssistantRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (ui, culture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            var question = Validate(request);
            var vocabulary = await vocabularies.GetAsync(db, taxonomy, cancellationToken);
            var today = DateOnly.FromDateTime(Kst.ToKst(time.GetUtcNow()).DateTime);
            return await AnswerAsync(QuestionReader.Read(question, vocabulary, today), today, cancellationToken);
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, culture);
        }
    }

    private async Task<AssistantAnswer> AnswerAsync(AssistantQuestion q, DateOnly today, CancellationToken cancellationToken)
    {
        var snapshot = await taxonomy.GetAsync(cancellationToken);
        var industry = q.Industry is { } code && snapshot.Industries.TryGetValue(code, out var i) ? i.Name() : null;
        var label = q.Subject is { } s ? Bilingual.Pick(s.Korean, s.English)
            : industry is not null ? CoreMessages.Get("Assistant.IndustryLabel", industry) : null;
        if (label is null)
        {
            return q.Intent == AssistantIntent.HowToBook
                ? new AssistantAnswer(CoreMessages.Get("Assistant.HowTo"), q.Intent, [], SuggestSupportRequest: true)
                : new AssistantAnswer(CoreMessages.Get("Assistant.NoSubject"), q.Intent, [], SuggestSupportRequest: true);
        }

        var match = await MatchAsync(q, cancellationToken);
        if (match.Count == 0)
        {
            return new AssistantAnswer(Sentences(CoreMessages.Get("Assistant.NotFound", label), Where(q)), q.Intent, [], SuggestSupportRequest: true);
        }

        return q.Intent == AssistantIntent.Availability
            ? await AvailabilityAsync(q, match, label, today, snapshot, cancellationToken)
            : await CatalogueAsync(q, match, label, snapshot, cancellationToken);
    }

    /// <summary>
    /// The first of the subject's names that the catalogue finds anything for, and how many it finds: first among names
    /// and models only (an XRD is wanted, not every item whose description mentions XRD), then as the catalogue matches text.
    /// </summary>
    private async Task<Match> MatchAsync(AssistantQuestion q, CancellationToken cancellationToken)
    {
        foreach (var namesOnly in new[] { true, false })
        {
            foreach (var text in q.Subject?.SearchTexts ?? [null!])
            {
                var match = new Match(text, namesOnly && text is not null, 0);
                var count = await Candidates(q, match).CountAsync(cancellationToken);
                if (count > 0)
                {
                    return match with { Count = count };
                }
            }
        }

        return new Match(null, false, 0);
    }

    private IQueryable<Equipment> Candidates(AssistantQuestion q, Match match)
    {
        var query = EquipmentQueries.Apply(db.Equipment.AsNoTracking(), new EquipmentFilter(match.Text, Industry: q.Industry));
        if (match is { NamesOnly: true, Text: { } text })
        {
            query = AssistantQueries.NamedLike(query, text);
        }

        return q.City is { } city ? query.Where(e => e.Center!.City == city) : query;
    }

    private async Task<AssistantAnswer> CatalogueAsync(
        AssistantQuestion q, Match match, string label, TaxonomySnapshot snapshot, CancellationToken cancellationToken)
    {
        var count = match.Count;
        var rows = await Candidates(q, match).OrderBy(e => e.Status == EquipmentStatus.Available ? 0 : 1).ThenBy(e => e.NameKo).ThenBy(e => e.Id)
            .Take(MaxCards).Select(Row.Projection).ToListAsync(cancellationToken);
        var cards = rows.Select(r => r.Card(snapshot, null)).ToList();
        var found = q.Subject is null ? CoreMessages.Get("Assistant.FoundIndustry", label, count) : CoreMessages.Get("Assistant.Found", label, count);
        var detail = q.Intent switch
        {
            AssistantIntent.Fee => FeeSentence(cards),
            AssistantIntent.HowToBook => CoreMessages.Get("Assistant.HowTo"),
            _ => null,
        };
        return new AssistantAnswer(Sentences(found, Where(q), Shown(count, cards.Count), detail), q.Intent, cards, SuggestSupportRequest: false);
    }

    private async Task<AssistantAnswer> AvailabilityAsync(
        AssistantQuestion q, Match match, string label, DateOnly today, TaxonomySnapshot snapshot, CancellationToken cancellationToken)
    {
        var count = match.Count;
        var from = q.From is { } f && f > today ? f : today;
        var to = q.To is { } t && t > from ? t : from.AddDays(DefaultWindowDays);
        var maxDays = (int)ReservationLimits.MaxAvailabilityWindow.TotalDays;
        to = to.DayNumber - from.DayNumber > maxDays ? from.AddDays(maxDays) : to;
        var hours = q.Days is null ? q.Hours ?? DefaultHours : (int?)null;
        var result = await availability.SearchAsync(
            new AvailabilitySearchInput(match.Text, q.Industry, null, Start(from), Start(to), hours, q.Days, AvailabilitySearch.MaxLimit), cancellationToken);
        var slots = result.Items.AsEnumerable();
        if (q.City is not null || match.NamesOnly)
        {
            var matched = (await Candidates(q, match).Select(e => e.Id).ToListAsync(cancellationToken)).ToHashSet();
            slots = slots.Where(s => matched.Contains(s.EquipmentId));
        }

        var first = slots.Take(MaxCards).ToList();
        var (length, fromText, toText) = (AssistantText.Length(hours, q.Days), AssistantText.Day(from), AssistantText.Day(to.AddDays(-1)));
        if (first.Count == 0)
        {
            return new AssistantAnswer(Sentences(CoreMessages.Get("Assistant.NoSlot", label, count, fromText, toText, length), Where(q)),
                q.Intent, [], SuggestSupportRequest: true);
        }

        var ids = first.Select(s => s.EquipmentId).ToList();
        var rows = (await db.Equipment.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(Row.Projection).ToListAsync(cancellationToken))
            .ToDictionary(r => r.Id);
        var cards = first.Select(s => rows[s.EquipmentId].Card(snapshot, s)).ToList();
        var best = cards[0];
        var answer = CoreMessages.Get("Assistant.Slot", label, fromText, toText, length, best.Slot, best.Name);
        return new AssistantAnswer(Sentences(answer, Where(q)), q.Intent, cards, SuggestSupportRequest: false);
    }

    /// <summary>The text the catalogue was searched with, whether only names and models were, and how many items matched.</summary>
    private sealed record Match(string? Text, bool NamesOnly, int Count);

    private static string? FeeSentence(List<AssistantCard> cards)
    {
        var priced = cards.Where(c => c.FeeWithVatKrw > 0).OrderBy(c => c.FeeWithVatKrw).ToList();
        return priced.Count == 0 ? CoreMessages.Get("Assistant.FeeAgreed") : CoreMessages.Get("Assistant.Fee", priced[0].Fee, priced[0].Name);
    }

    private static string? Where(AssistantQuestion q) => q.City is { } city ? CoreMessages.Get("Assistant.InCity", city) : null;

    private static string? Shown(int count, int shown) => count > shown ? CoreMessages.Get("Assistant.Showing", shown) : null;

    private static string Sentences(params string?[] parts) => string.Join(' ', parts.Where(p => !string.IsNullOrEmpty(p)));

    private static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Kst.Offset);

    private static string Validate(AssistantRequest request)
    {
        var language = TextInput.Blank(request.Language)?.ToLowerInvariant();
        if (language is "ko" or "en")
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(language == "ko" ? "ko-KR" : "en-US");
        }

        var errors = new ValidationErrors();
        var question = TextInput.Blank(request.Question);
        if (language is not null and not "ko" and not "en")
        {
            errors.Add("language", CoreMessages.Get("Assistant.Language"));
        }

        if (question is null)
        {
            errors.Add("question", CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.Question")));
        }

        errors.OptionalText("question", question, "Field.Question", MaxQuestionLength);

        errors.ThrowIfAny();
        return question!;
    }
}
