using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Matching;

/// <summary>
/// What a glossary pair may hold, the same for the form, the API and the CSV import: both terms required and short,
/// a short note, and field codes the taxonomy knows (super-gap fields, industries, or one of the glossary's own topics).
/// </summary>
public static class GlossaryTermRules
{
    public const int MaxTermLength = 200;
    public const int MaxNoteLength = 500;

    /// <summary>The most codes one pair may carry (their joined length then fits the column).</summary>
    public const int MaxFields = 10;

    /// <summary>Topics the shipped glossary uses besides fields and industries (data/seed/glossary.csv).</summary>
    public static readonly IReadOnlySet<string> Topics =
        new HashSet<string>(["GENERAL_RND", "COOPERATION", "IP", "COMMERCIALISATION", "EQUIPMENT"], StringComparer.Ordinal);

    public static bool IsKnownField(TaxonomySnapshot taxonomy, string code)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        return taxonomy.Fields.ContainsKey(code) || taxonomy.Industries.ContainsKey(code) || Topics.Contains(code);
    }

    /// <summary>Adds a field message to <paramref name="errors"/> for each broken rule of <paramref name="input"/>.</summary>
    public static void Check(ValidationErrors errors, GlossaryTermInput input, TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(input);
        errors.RequireText("english", input.English, "Field.English", MaxTermLength);
        errors.RequireText("korean", input.Korean, "Field.Korean", MaxTermLength);
        errors.MaxLength("note", input.Note, "Field.Note", MaxNoteLength);
        errors.PlainText("korean", input.Korean);
        errors.PlainText("english", input.English);
        errors.PlainText("note", input.Note);
        var codes = TextInput.Codes(input.Fields);
        if (codes.Count > MaxFields)
        {
            errors.Add("fields", Shared.Resources.CoreMessages.Get("Validation.TooMany", Shared.Resources.CoreMessages.Get("Field.Fields"), MaxFields));
        }

        errors.KnownCodes("fields", codes, "Field.Fields", code => IsKnownField(taxonomy, code));
    }
}
