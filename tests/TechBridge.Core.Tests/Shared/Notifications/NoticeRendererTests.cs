using System.Collections;
using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Options;
using TechBridge.Core.Shared.Notifications;

namespace TechBridge.Core.Tests.Shared.Notifications;

public sealed class NoticeRendererTests
{
    private const string BaseUrl = "https://portal.techbridge.test/";

    private static readonly NoticeRenderer Renderer = new(Options.Create(new NotificationOptions { PublicBaseUrl = BaseUrl }));

    public static TheoryData<string, string> TemplatesInBothLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var template in NoticeTemplates.Values.Keys)
        {
            data.Add(template, "ko");
            data.Add(template, "en");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TemplatesInBothLanguages))]
    public void Render_EveryTemplateInEachLanguage_FillsEveryPlaceholderWithItsValue(string template, string culture)
    {
        var values = NoticeTemplates.Values[template].Select(k => (k, $"<{k}-value>")).ToArray();
        var link = NoticeTemplates.WithLink.Contains(template) ? "/account/step?token=t0ken" : null;

        var rendered = Renderer.Render(Notice.Of(template, link, values), culture);

        Assert.Equal(culture, rendered.Culture);
        Assert.DoesNotContain('{', rendered.Subject + rendered.Text);
        Assert.StartsWith("[TechBridge]", rendered.Subject, StringComparison.Ordinal);
        // Every value the template declares is used by this language's text (so ko and en ask for the same values).
        Assert.All(values, v => Assert.Contains(v.Item2, rendered.Subject + rendered.Text, StringComparison.Ordinal));
        if (link is not null)
        {
            Assert.Contains("https://portal.techbridge.test/account/step?token=t0ken", rendered.Text, StringComparison.Ordinal);
            Assert.Contains("href=\"https://portal.techbridge.test/account/step?token=t0ken\"", rendered.Html, StringComparison.Ordinal);
        }

        Assert.Equal(culture == "ko", ContainsHangul(rendered.Text));
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public void Resources_EveryNoticeKey_BelongsToACatalogTemplateWithSubjectAndBody(string culture)
    {
        // The language's own resource set, without fallback: English must not borrow a Korean text.
        var set = new ResourceManager("TechBridge.Core.Shared.Resources.CoreMessages", typeof(INotifier).Assembly)
            .GetResourceSet(culture == "ko" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!;
        var keys = set.Cast<DictionaryEntry>().Select(e => (string)e.Key).Where(k => k.StartsWith("Notice.", StringComparison.Ordinal)).ToHashSet();
        var expected = NoticeTemplates.Values.Keys.SelectMany(t => new[] { $"Notice.{t}.Subject", $"Notice.{t}.Body" }).ToHashSet();

        Assert.Equal(expected.Order(), keys.Order());
    }

    [Fact]
    public void Render_ValueWithMarkup_IsEncodedInHtmlAndKeptInText()
    {
        var rendered = Renderer.Render(
            Notice.Of(NoticeTemplates.AccountLinkApproved, null, ("name", "<b>Kim</b>"), ("organization", "R&D <Lab>")), "en");

        Assert.Contains("<b>Kim</b>", rendered.Text, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Kim&lt;/b&gt;", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("R&amp;D &lt;Lab&gt;", rendered.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Kim", rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LinkTheTemplateDoesNotPlace_IsAppendedAsLastParagraph()
    {
        var rendered = Renderer.Render(Notice.Of(NoticeTemplates.AccountLinkApproved, "/directory/organizations/1", ("name", "김하늘"), ("organization", "한국기계연구원")), "ko");

        Assert.EndsWith("\n\nhttps://portal.techbridge.test/directory/organizations/1", rendered.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"https://portal.techbridge.test/directory/organizations/1\"", rendered.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "한국기계연구원")]
    [InlineData("en", "Korea Institute of Machinery and Materials")]
    public void Render_ValueGivenPerLanguage_TakesTheReadersLanguage(string culture, string expected)
    {
        var rendered = Renderer.Render(Notice.Of(NoticeTemplates.AccountLinkApproved, null, ("name", "Kim"),
            ("organization.ko", "한국기계연구원"), ("organization.en", "Korea Institute of Machinery and Materials")), culture);

        Assert.Contains(expected, rendered.Subject, StringComparison.Ordinal);
        Assert.Contains(expected, rendered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MissingValue_ThrowsNamingThePlaceholder()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Renderer.Render(Notice.Of(NoticeTemplates.AccountLinkApproved, null, ("name", "Kim")), "en"));

        Assert.Contains("{organization}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LinkPlacedButMissing_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Renderer.Render(Notice.Of(NoticeTemplates.AccountPasswordReset, null, ("name", "Kim")), "ko"));

    [Fact]
    public void Render_UnknownTemplate_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Renderer.Render(Notice.Of("NoSuchTemplate"), "ko"));

    [Theory]
    [InlineData("https://evil.example/reset")]
    [InlineData("//evil.example/reset")]
    [InlineData("account/reset")]
    public void Render_LinkOffThePortal_Throws(string link) =>
        Assert.Throws<ArgumentException>(() => Renderer.Render(Notice.Of(NoticeTemplates.AccountPasswordReset, link, ("name", "Kim")), "en"));

    [Theory]
    [InlineData(null, "ko")]
    [InlineData("ko", "ko")]
    [InlineData("en", "en")]
    [InlineData("en-US", "en")]
    [InlineData("fr", "ko")]
    public void Render_Culture_IsKoreanUnlessEnglish(string? culture, string expected) =>
        Assert.Equal(expected, Renderer.Render(Notice.Of(NoticeTemplates.AccountSecurityChanged, null, ("name", "Kim"), ("time", "2026-12-05 10:00 KST")), culture!).Culture);

    private static bool ContainsHangul(string text) => text.Any(c => c is >= '\uAC00' and <= '\uD7A3');
}
