using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Directory;

public sealed class OrganizationServiceTests(ReferenceDataHosts hosts) : IClassFixture<ReferenceDataHosts>
{
    private static readonly OrganizationInput Invalid = new(
        OrganizationKind.University, NameKo: "  ", NameEn: null, CountryCode: "ZZ", Website: "ftp://files.example.kr",
        SizeClass: CompanySize.Large, IndustryCode: "SPACESHIPS", FoundedYear: 1700, Fields: ["SEMICONDUCTOR", "TIME_TRAVEL"]);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_ValidInput_SavesTrimmedAndNormalizedOrganization(string provider)
    {
        var host = await hosts.GetAsync(provider);

        var id = await host.RunAsync<OrganizationService, Guid>(s => s.CreateAsync(new OrganizationInput(
            OrganizationKind.Company, " 한빛테스트 ", "Hanbit Test ", " kr ", City: " ", Website: " https://hanbit-test.example.kr ",
            SizeClass: CompanySize.Startup, IndustryCode: "BIO", FoundedYear: 2015, Fields: ["ADVANCED_BIO", "SEMICONDUCTOR", "ADVANCED_BIO"])));

        var saved = await host.QueryAsync(db => db.Organizations.AsNoTracking().Include(o => o.Fields).SingleAsync(o => o.Id == id));
        Assert.Equal(("한빛테스트", "Hanbit Test", "KR"), (saved.NameKo, saved.NameEn, saved.CountryCode));
        Assert.Null(saved.City);
        Assert.Equal("https://hanbit-test.example.kr", saved.Website);
        Assert.Equal((CompanySize.Startup, "BIO", 2015), (saved.SizeClass, saved.IndustryCode, saved.FoundedYear));
        Assert.Equal(["ADVANCED_BIO", "SEMICONDUCTOR"], saved.Fields.Select(f => f.FieldCode).Order(StringComparer.Ordinal));
        Assert.False(saved.IsDemo);
        Assert.Null(saved.Code);
        Assert.Equal(saved.CreatedAt, saved.UpdatedAt);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_InvalidInput_ThrowsValidationFailedWithEveryFieldKeyAndSavesNothing(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var before = await CountsAsync(host);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => host.RunAsync<OrganizationService, Guid>(s => s.CreateAsync(Invalid)));

        Assert.Equal(
            ["CountryCode", "Fields", "FoundedYear", "IndustryCode", "NameKo", "SizeClass", "Website"],
            error.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Single(error.Errors["Fields"]);
        Assert.Contains("TIME_TRAVEL", error.Errors["Fields"][0], StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(host));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_TooLongTexts_ReportsMaxLengthPerField(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var before = await CountsAsync(host);
        var input = new OrganizationInput(
            OrganizationKind.Company, new string('가', 201), new string('a', 201), "KR", City: new string('c', 101),
            Description: new string('d', 4001));

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => host.RunAsync<OrganizationService, Guid>(s => s.CreateAsync(input)));

        Assert.Equal(["City", "Description", "NameEn", "NameKo"], error.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(before, await CountsAsync(host));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_InvalidInput_MessagesFollowTheCurrentUiCulture(string provider)
    {
        var host = await hosts.GetAsync(provider);

        ValidationFailedException korean, english;
        using (UiCulture.Use("ko"))
        {
            korean = await Assert.ThrowsAsync<ValidationFailedException>(() => host.RunAsync<OrganizationService, Guid>(s => s.CreateAsync(Invalid)));
        }

        using (UiCulture.Use("en"))
        {
            english = await Assert.ThrowsAsync<ValidationFailedException>(() => host.RunAsync<OrganizationService, Guid>(s => s.CreateAsync(Invalid)));
        }

        Assert.Equal(["국문 또는 영문 이름 중 하나는 입력해야 합니다."], korean.Errors["NameKo"]);
        Assert.Equal(["알 수 없는 국가 코드입니다: ZZ"], korean.Errors["CountryCode"]);
        Assert.Equal(["http:// 또는 https://로 시작하는 주소를 입력하세요."], korean.Errors["Website"]);
        Assert.StartsWith("설립연도", Assert.Single(korean.Errors["FoundedYear"]), StringComparison.Ordinal);
        Assert.Equal(["Enter a Korean or an English name."], english.Errors["NameKo"]);
        Assert.Equal(["Country: unknown code 'ZZ'."], english.Errors["CountryCode"]);
        Assert.Equal(["Enter an address starting with http:// or https://."], english.Errors["Website"]);
        Assert.All(korean.Errors.Values.SelectMany(m => m), m => Assert.Matches("[가-힣]", m));
        Assert.All(english.Errors.Values.SelectMany(m => m), m => Assert.DoesNotMatch("[가-힣]", m));
        Assert.All(korean.Errors.Values.Concat(english.Errors.Values).SelectMany(m => m), m => Assert.DoesNotContain("Validation.", m, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Update_ChangedFields_ReplacesTheFieldSetAndKeepsCreatedAt(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var id = await host.RunAsync<OrganizationService, Guid>(s => s.CreateAsync(
            new OrganizationInput(OrganizationKind.ResearchInstitute, "변경연구원", "Change Institute", "KR", Fields: ["DISPLAY", "NEW_ENERGY"])));
        var created = await host.QueryAsync(db => db.Organizations.Where(o => o.Id == id).Select(o => o.CreatedAt).SingleAsync());

        await host.RunAsync<OrganizationService>(s => s.UpdateAsync(id,
            new OrganizationInput(OrganizationKind.ResearchInstitute, "변경연구원", "Change Institute", "DE", City: "Berlin", Fields: ["NEW_ENERGY", "CORE_MATERIALS"])));

        var saved = await host.QueryAsync(db => db.Organizations.AsNoTracking().Include(o => o.Fields).SingleAsync(o => o.Id == id));
        Assert.Equal(("DE", "Berlin"), (saved.CountryCode, saved.City));
        Assert.Equal(["CORE_MATERIALS", "NEW_ENERGY"], saved.Fields.Select(f => f.FieldCode).Order(StringComparer.Ordinal));
        Assert.Equal(created, saved.CreatedAt);
        Assert.True(saved.UpdatedAt >= created);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task UpdateAndDelete_UnknownId_ThrowNotFoundException(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var unknown = Guid.CreateVersion7();

        var update = await Assert.ThrowsAsync<NotFoundException>(() => host.RunAsync<OrganizationService>(s => s.UpdateAsync(
            unknown, new OrganizationInput(OrganizationKind.Company, "없음", "None", "KR"))));
        var delete = await Assert.ThrowsAsync<NotFoundException>(() => host.RunAsync<OrganizationService>(s => s.DeleteAsync(unknown)));

        Assert.Equal(("Organization", unknown.ToString()), (update.Entity, update.Id));
        Assert.Equal(("Organization", unknown.ToString()), (delete.Entity, delete.Id));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Delete_OrganizationWithAffiliations_ThrowsBusinessRuleExceptionAndKeepsIt(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var id = await host.RunAsync<OrganizationService, Guid>(s => s.CreateAsync(
            new OrganizationInput(OrganizationKind.University, "소속대학교", "Affiliated University", "KR", Fields: ["SEMICONDUCTOR"])));
        await host.RunAsync<TechBridgeDbContext>(db =>
        {
            var person = new Person { NameKo = "이소속", NameEn = "Lee Sosok", CountryCode = "KR" };
            db.People.Add(person);
            db.Affiliations.Add(new Affiliation { PersonId = person.Id, OrganizationId = id, StartDate = new DateOnly(2020, 3, 1), EndDate = new DateOnly(2023, 2, 28) });
            return db.SaveChangesAsync();
        });

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => host.RunAsync<OrganizationService>(s => s.DeleteAsync(id)));

        Assert.Equal("Rule.OrganizationInUse", error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.True(await host.QueryAsync(db => db.Organizations.AnyAsync(o => o.Id == id)));
        Assert.Equal(1, await host.QueryAsync(db => db.OrganizationFields.CountAsync(f => f.OrganizationId == id)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Delete_OrganizationWithoutAffiliations_RemovesItAndItsFields(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var id = await host.RunAsync<OrganizationService, Guid>(s => s.CreateAsync(
            new OrganizationInput(OrganizationKind.Agency, "삭제기관", "Deleted Agency", "KR", Fields: ["DISPLAY", "SEMICONDUCTOR"])));

        await host.RunAsync<OrganizationService>(s => s.DeleteAsync(id));

        Assert.False(await host.QueryAsync(db => db.Organizations.AnyAsync(o => o.Id == id)));
        Assert.False(await host.QueryAsync(db => db.OrganizationFields.AnyAsync(f => f.OrganizationId == id)));
    }

    private static Task<(int Organizations, int Fields, int Audit)> CountsAsync(CoreHost host) =>
        host.QueryAsync(async db => (await db.Organizations.CountAsync(), await db.OrganizationFields.CountAsync(), await db.AuditEntries.CountAsync()));
}
