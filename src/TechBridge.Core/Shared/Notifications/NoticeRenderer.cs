using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Shared.Notifications;

/// <summary>
/// Fills a notice's template (<c>Notice.{Template}.Subject</c> / <c>.Body</c> in CoreMessages) with its values in one
/// language. A missing text or a placeholder without a value is a programming error and throws; values are HTML-encoded
/// in the HTML body; a value given per language (<c>{key}.ko</c>, <c>{key}.en</c>) is taken in the reader's. Paragraphs are separated by blank lines; <c>{link}</c> becomes the absolute link (appended as the
/// last paragraph when a template does not place it).
/// </summary>
public sealed partial class NoticeRenderer(IOptions<NotificationOptions> options)
{
    public const string LinkPlaceholder = "link";

    public RenderedNotice Render(Notice notice, string culture)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var language = NoticeCulture.Normalize(culture);
        var resources = CultureInfo.GetCultureInfo(language);
        var subjectTemplate = Text(notice.Template, "Subject", resources);
        var bodyTemplate = Text(notice.Template, "Body", resources).ReplaceLineEndings("\n").Trim();
        var link = notice.Link is null ? null : Absolute(notice.Link);
        string Value(string key) => Lookup(notice, language, key, link);

        var subject = Placeholder().Replace(subjectTemplate, m => Value(m.Groups[1].Value)).ReplaceLineEndings(" ").Trim();
        var paragraphs = ParagraphBreak().Split(bodyTemplate).ToList();
        var placesLink = Placeholder().Matches(bodyTemplate).Any(m => m.Groups[1].Value == LinkPlaceholder);
        if (link is not null && !placesLink)
        {
            paragraphs.Add("{" + LinkPlaceholder + "}");
        }

        var text = string.Join("\n\n", paragraphs.Select(p => Placeholder().Replace(p, m => Value(m.Groups[1].Value))));
        var html = Html(language, subject, paragraphs, Value);
        return new RenderedNotice(language, subject, text, html, link);
    }

    /// <summary>The plain-text e-mail: the notice and a short signature with the portal's address.</summary>
    public string EmailText(RenderedNotice rendered)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        return $"{rendered.Text}\n\n-- \nTechBridge · {BaseUrl}\n";
    }

    /// <summary>A path on the portal as the absolute address e-mails use.</summary>
    public string AbsoluteLink(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Absolute(path);
    }

    private string BaseUrl => options.Value.PublicBaseUrl.TrimEnd('/');

    private string Absolute(string link)
    {
        // Only paths on the portal: a notice must never point people to another site.
        if (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal) || link.StartsWith("/\\", StringComparison.Ordinal))
        {
            throw new ArgumentException($"A notice link must be a path on the portal (\"/…\"), not '{link}'.", nameof(link));
        }

        return BaseUrl + link;
    }

    private static string Text(string template, string part, CultureInfo culture) =>
        CoreMessages.Find($"Notice.{template}.{part}", culture)
        ?? throw new InvalidOperationException($"The notice template 'Notice.{template}.{part}' does not exist.");

    private static string Lookup(Notice notice, string language, string key, string? link)
    {
        if (key == LinkPlaceholder)
        {
            return link ?? throw new InvalidOperationException($"The notice template '{notice.Template}' ({language}) places {{link}} but the notice has no link.");
        }

        // A value may come in each language ("organization.ko", "organization.en"); the reader's wins over the plain key.
        return notice.Values.TryGetValue($"{key}.{language}", out var inLanguage) ? inLanguage
            : notice.Values.TryGetValue(key, out var value) ? value
            : throw new InvalidOperationException($"The notice template '{notice.Template}' ({language}) uses {{{key}}} but the notice has no value for it.");
    }

    private string Html(string language, string subject, IEnumerable<string> paragraphs, Func<string, string> value)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"{language}\">\n<head><meta charset=\"utf-8\"><title>{Encode(subject)}</title></head>\n");
        html.Append("<body style=\"margin:0;padding:24px;font-family:'Noto Sans KR','Apple SD Gothic Neo','Malgun Gothic',Arial,sans-serif;font-size:15px;line-height:1.6;color:#1f2937;\">\n");
        html.Append("<div style=\"max-width:600px;\">\n");
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>");
            var at = 0;
            foreach (Match match in Placeholder().Matches(paragraph))
            {
                html.Append(EncodeLines(paragraph[at..match.Index]));
                var key = match.Groups[1].Value;
                if (key == LinkPlaceholder)
                {
                    var url = Encode(value(key));
                    html.Append(CultureInfo.InvariantCulture, $"<a href=\"{url}\" style=\"color:#1d4ed8;word-break:break-all;\">{url}</a>");
                }
                else
                {
                    html.Append(LinkPortalAddresses(EncodeLines(value(key))));
                }

                at = match.Index + match.Length;
            }

            html.Append(EncodeLines(paragraph[at..])).Append("</p>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<p style=\"margin-top:32px;color:#6b7280;font-size:13px;\">TechBridge · <a href=\"{Encode(BaseUrl)}\" style=\"color:#6b7280;\">{Encode(BaseUrl)}</a></p>\n");
        html.Append("</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>The portal's own addresses inside a value (a digest's list of notices) become links; other text stays text.</summary>
    private string LinkPortalAddresses(string encoded)
    {
        var start = Encode(BaseUrl + "/");
        var at = encoded.IndexOf(start, StringComparison.Ordinal);
        if (at < 0)
        {
            return encoded;
        }

        var html = new StringBuilder();
        var done = 0;
        while (at >= 0)
        {
            var end = at;
            while (end < encoded.Length && !char.IsWhiteSpace(encoded[end]) && encoded[end] != '<')
            {
                end++;
            }

            var url = encoded[at..end];
            html.Append(encoded, done, at - done)
                .Append(CultureInfo.InvariantCulture, $"<a href=\"{url}\" style=\"color:#1d4ed8;word-break:break-all;\">{url}</a>");
            done = end;
            at = encoded.IndexOf(start, end, StringComparison.Ordinal);
        }

        return html.Append(encoded, done, encoded.Length - done).ToString();
    }

    private static string EncodeLines(string text) => Encode(text).ReplaceLineEndings("<br>");

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex ParagraphBreak();
}
