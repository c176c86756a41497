using System.Globalization;
using System.Resources;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Review;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Web.Localization;

namespace TechBridge.Web.Components.Pages.Programs.Reviews;

/// <summary>
/// The portal's texts in one fixed language, whatever the reader chose for the portal: a review form is held in the
/// language of its stage (English for the overseas peer review, Korean for the domestic panel), so reviewers of one stage
/// all read the same form. Reads the same resources as <c>IStringLocalizer&lt;SharedResource&gt;</c>.
/// </summary>
public sealed class StageText(string culture)
{
    private static readonly ResourceManager Resources = new("TechBridge.Web.Resources.Localization.SharedResource", typeof(StageText).Assembly);

    /// <summary>The texts of a stage's form: English for the overseas peer review, Korean for the domestic panel (as Core's notices).</summary>
    public static StageText For(StageKind kind) => new(StageLanguage.CultureOf(kind));

    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(culture);

    public bool IsEnglish => Culture.TwoLetterISOLanguageName == Cultures.English;

    /// <summary>The language tag for the <c>lang</c> attribute.</summary>
    public string Lang => Culture.TwoLetterISOLanguageName;

    public string T(string key) => Resources.GetString(key, Culture) ?? key;

    public string T(string key, params object?[] args) => string.Format(Culture, T(key), args);

    /// <summary>The text in this language, the other one when it is empty.</summary>
    public string Pick(string? ko, string? en)
    {
        var (preferred, fallback) = IsEnglish ? (en, ko) : (ko, en);
        return !string.IsNullOrWhiteSpace(preferred) ? preferred : fallback ?? string.Empty;
    }

    public string Name(ILocalizedName? item, string code) => item is null ? code : Pick(item.NameKo, item.NameEn);

    public string Stage(StageKind kind) => T($"StageKind.{kind}");

    public string Won(long krw) => T("Calls.Won", krw.ToString("N0", CultureInfo.InvariantCulture));

    public static string Due(DateTimeOffset? due) => due is { } d ? Kst.Format(d) : "—";

    /// <summary>Runs a Core command with its messages (validation, rules) in this language, for the fields they stand beside.</summary>
    public async Task<TResult> RunAsync<TResult>(Func<Task<TResult>> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Culture;
        try
        {
            return await command();
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
