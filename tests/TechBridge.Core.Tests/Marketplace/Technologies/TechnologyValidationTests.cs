using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Marketplace.Technologies;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Marketplace.Technologies;

/// <summary>Each rule of a listing's values, one bad value at a time against the valid listing: exactly the field named fails.</summary>
public sealed class TechnologyValidationTests(ReferenceDataHosts hosts) : IClassFixture<ReferenceDataHosts>
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    public static TheoryData<string, string> BadValues() => new()
    {
        { "no title", "TitleKo" },
        { "blank summary", "Summary" },
        { "no field", "Fields" },
        { "unknown field", "Fields" },
        { "trl 0", "Trl" },
        { "trl 10", "Trl" },
        { "no trl", "Trl" },
        { "reference with space", "ReferenceKey" },
        { "task number with slash", "RndTaskNumber" },
        { "agency without task number", "RndTaskNumber" },
        { "task year 1970", "RndYear" },
        { "task year next-next year", "RndYear" },
        { "no licence kind", "LicenceKinds" },
        { "negative fee", "FeeMinKrw" },
        { "min above max", "FeeMaxKrw" },
        { "fee above limit", "FeeMaxKrw" },
        { "control character in title", "TitleKo" },
        { "application missing", "Patents[0].ApplicationNumber" },
        { "korean application malformed", "Patents[0].ApplicationNumber" },
        { "application starting with digits not korean", "Patents[0].ApplicationNumber" },
        { "duplicate application", "Patents[1].ApplicationNumber" },
        { "registration malformed", "Patents[0].RegistrationNumber" },
        { "registered without number", "Patents[0].RegistrationNumber" },
        { "no country", "Patents[0].Countries" },
        { "unknown country", "Patents[0].Countries" },
        { "no filing date", "Patents[0].FilingDate" },
        { "filing in the future", "Patents[0].FilingDate" },
        { "expiry before filing", "Patents[0].ExpiryDate" },
        { "expiry on filing day", "Patents[0].ExpiryDate" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task Check_OneBadValue_ReportsExactlyThatField(string change, string field)
    {
        var input = Bad(change);
        var errors = new ValidationErrors();

        TechnologyValidation.Check(errors, input, await TaxonomyAsync(), Today);

        Assert.Equal([field], errors.ToDictionary().Keys);
    }

    [Fact]
    public async Task Check_ValidListing_HasNoErrors()
    {
        var errors = new ValidationErrors();
        TechnologyValidation.Check(errors, TechnologyListingServiceTests.Valid, await TaxonomyAsync(), Today);
        Assert.False(errors.HasErrors, string.Join("; ", errors.Messages()));
    }

    [Theory]
    [InlineData("10-2023-0123456", true)]
    [InlineData("20-2019-0001234", true)]
    [InlineData("PCT/KR2023/012345", true)]
    [InlineData("US 17/123,456", true)]
    [InlineData("EP 3456789", true)]
    [InlineData("JP2023-123456", true)]
    [InlineData("10-23-0123456", false)]
    [InlineData("10-2023-012345", false)]
    [InlineData("2023-0123456", false)]
    [InlineData("특허 10-2023-0123456", false)]
    [InlineData("US", false)]
    public void IsApplication_Formats_AcceptsKoreanPctAndOfficeCodedNumbers(string number, bool accepted) =>
        Assert.Equal(accepted, PatentNumbers.IsApplication(number));

    [Theory]
    [InlineData("10-2456789", true)]
    [InlineData("US 11,234,567 B2", true)]
    [InlineData("10-245678", false)]
    [InlineData("2456789", false)]
    public void IsRegistration_Formats_AcceptsKoreanAndOfficeCodedNumbers(string number, bool accepted) =>
        Assert.Equal(accepted, PatentNumbers.IsRegistration(number));

    private static TechnologyInput Bad(string change)
    {
        var v = TechnologyListingServiceTests.Valid;
        var p = v.Patents![0];
        TechnologyInput Patent(PatentInput patent) => v with { Patents = [patent] };
        return change switch
        {
            "no title" => v with { TitleKo = " ", TitleEn = null },
            "blank summary" => v with { Summary = "  " },
            "no field" => v with { Fields = [] },
            "unknown field" => v with { Fields = ["NO_SUCH_FIELD"] },
            "trl 0" => v with { Trl = 0 },
            "trl 10" => v with { Trl = 10 },
            "no trl" => v with { Trl = null },
            "reference with space" => v with { ReferenceKey = "T 001" },
            "task number with slash" => v with { RndTaskNumber = "RS/2023" },
            "agency without task number" => v with { RndTaskNumber = null },
            "task year 1970" => v with { RndYear = 1970 },
            "task year next-next year" => v with { RndYear = Today.Year + 2 },
            "no licence kind" => v with { LicenceKinds = [] },
            "negative fee" => v with { FeeMinKrw = -1 },
            "min above max" => v with { FeeMinKrw = 200_000_000 },
            "fee above limit" => v with { FeeMaxKrw = long.MaxValue },
            "control character in title" => v with { TitleKo = "기술\u0007" },
            "application missing" => Patent(p with { ApplicationNumber = "" }),
            "korean application malformed" => Patent(p with { ApplicationNumber = "10-2023-012345" }),
            "application starting with digits not korean" => Patent(p with { ApplicationNumber = "2023123456" }),
            "duplicate application" => v with { Patents = [p, p with { RegistrationNumber = null, Status = PatentStatus.Filed }] },
            "registration malformed" => Patent(p with { RegistrationNumber = "102456789" }),
            "registered without number" => Patent(p with { RegistrationNumber = null }),
            "no country" => Patent(p with { Countries = [] }),
            "unknown country" => Patent(p with { Countries = ["XX"] }),
            "no filing date" => Patent(p with { FilingDate = null }),
            "filing in the future" => Patent(p with { FilingDate = Today.AddDays(1), ExpiryDate = null }),
            "expiry before filing" => Patent(p with { ExpiryDate = p.FilingDate!.Value.AddDays(-1) }),
            "expiry on filing day" => Patent(p with { ExpiryDate = p.FilingDate }),
            _ => throw new ArgumentOutOfRangeException(nameof(change), change, null),
        };
    }

    private async Task<TaxonomySnapshot> TaxonomyAsync() =>
        await (await hosts.GetAsync("sqlite")).Services.GetRequiredService<TaxonomyCatalog>().GetAsync();
}
