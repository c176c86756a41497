using System.Net;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Api;

/// <summary>Issue 7 defect 4: ordinary bad addresses of portal pages render the page (with a notice), never a 500.</summary>
public abstract class PageQueryTests(AppFixture fixture)
{
    [Theory]
    [InlineData("/directory/organizations?page=23")]
    [InlineData("/directory/organizations?page=24")]
    [InlineData("/directory/organizations?page=1000")]
    [InlineData("/directory/organizations?page=abc")]
    [InlineData("/directory/people?organization=x")]
    [InlineData("/directory/people?page=abc")]
    [InlineData("/facilities/equipment?center=x")]
    [InlineData("/marketplace/technologies?owner=x")]
    [InlineData("/marketplace/needs?company=x&page=abc")]
    [InlineData("/matching?needId=x")]
    [InlineData("/admin/glossary?page=abc")]
    [InlineData("/admin/audit?page=abc")]
    [InlineData("/admin/users?page=abc")]
    [InlineData("/directory/organizations?q=%00")]
    public async Task Page_BadQueryValue_RendersWithoutServerError(string url)
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);

        var response = await admin.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Page_UnparsableValue_SaysWhichValueWasIgnoredInKoreanAndEnglish()
    {
        var korean = await fixture.SignedInAsAsync(Roles.Company);
        var english = await fixture.SignedInAsAsync(Roles.Reviewer);

        var ko = await korean.GetStringAsync("/directory/people?organization=x");
        var en = await english.GetStringAsync("/directory/people?organization=x");

        Assert.Contains("주소의 &#x27;organization&#x27; 값이 올바르지 않아 무시했습니다.", ko, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"people-table\"", ko, StringComparison.Ordinal);
        Assert.Contains("The value of &#x27;organization&#x27; in the address is not valid and was ignored.", en, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/directory/organizations?page=2147483647")]
    [InlineData("/directory/organizations?page=0")]
    [InlineData("/admin/users?page=107374184")]
    public async Task Page_PageOutOfRange_ShowsFirstPageWithNotice(string url)
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);

        var response = await admin.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("주소의 &#x27;page&#x27; 값이 올바르지 않아 무시했습니다.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

[Collection(OnSqlite.Name)]
public sealed class PageQuerySqliteTests(SqliteAppFixture fixture) : PageQueryTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class PageQueryPostgresTests(PostgresAppFixture fixture) : PageQueryTests(fixture);
