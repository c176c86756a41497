using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Pdf.IO;
using TechBridge.Core.Accounts;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Facilities.Statements;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Facilities;

/// <summary>
/// Statements and receivables over the demo data plus one completed use of the demo company at a fresh item of the demo
/// center, checked out in the month under test (the KST month before this one): JSON, .xlsx, PDF, problems, and who gets what.
/// </summary>
public abstract class StatementApiTests(AppFixture fixture)
{
    private const int OtherCenterServed = -1;

    /// <summary>
    /// -1: 200 when the other center ever served the demo company in the demo data (it then sees its own lines), else 404.
    /// Pages answer a role the policy refuses with a redirect to the access-denied page (302).
    /// </summary>
    private static readonly Dictionary<string, int[]> Matrix = new(StringComparer.Ordinal)
    {
        //                                          anon comp othCo res cent othCe coord  pm  rev admin
        ["GET statement"] =                       [401, 200, 404, 403, 200, OtherCenterServed, 200, 200, 403, 200],
        ["GET statement.pdf"] =                   [401, 200, 404, 403, 200, OtherCenterServed, 200, 200, 403, 200],
        ["GET statement.xlsx"] =                  [401, 200, 404, 403, 200, OtherCenterServed, 200, 200, 403, 200],
        ["GET receivables"] =                     [401, 403, 403, 403, 200, 404, 200, 200, 403, 200],
        ["GET receivables xlsx"] =                [401, 403, 403, 403, 200, 404, 200, 200, 403, 200],
        ["PAGE /facilities/statements"] =         [302, 200, 200, 302, 200, 200, 200, 200, 302, 200],
        ["PAGE /facilities/statements?company"] = [302, 200, 404, 302, 200, OtherCenterServed, 200, 200, 302, 200],
        ["PAGE /facilities/receivables"] =        [302, 302, 302, 302, 200, 200, 200, 200, 302, 200],
        ["PAGE /facilities/receivables?center"] = [302, 302, 302, 302, 200, 404, 200, 200, 302, 200],
    };

    private static DateOnly LastMonth
    {
        get
        {
            var today = Day(0);
            return new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        }
    }

    private static string MonthText => LastMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static TheoryData<string> Endpoints() => [.. Matrix.Keys];

    [Fact]
    public async Task Statement_DemoCompany_JsonListsTheMonthsCompletedUsesWithTotals()
    {
        var (company, equipment) = await CompletedUseAsync(42_000);
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var statement = await client.GetFromJsonAsync<JsonElement>($"/api/v1/facilities/statements/{company}/{MonthText}");

        var expected = await BilledAsync(company);
        var lines = statement.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(expected.Count, lines.Count);
        Assert.Equal(expected.Sum(x => x.Fee + x.Vat), statement.GetProperty("total").GetProperty("totalKrw").GetInt64());
        Assert.Equal(expected.Sum(x => x.Vat), statement.GetProperty("total").GetProperty("vatKrw").GetInt64());
        Assert.False(statement.GetProperty("isPartial").GetBoolean());
        var ours = lines.Single(l => l.GetProperty("equipmentId").GetGuid() == equipment);
        Assert.Equal((42_000L, 4_200L, 46_200L), (ours.GetProperty("feeKrw").GetInt64(), ours.GetProperty("vatKrw").GetInt64(), ours.GetProperty("totalKrw").GetInt64()));
        Assert.EndsWith("+09:00", ours.GetProperty("checkedOutAt").GetString(), StringComparison.Ordinal);
        Assert.Equal(statement.GetProperty("total").GetProperty("totalKrw").GetInt64(),
            statement.GetProperty("centers").EnumerateArray().Sum(c => c.GetProperty("amounts").GetProperty("totalKrw").GetInt64()));
    }

    [Fact]
    public async Task Statement_Xlsx_OpensWithAHeaderAndOneRowPerLine()
    {
        var (company, _) = await CompletedUseAsync(42_000);
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.GetAsync($"/api/v1/facilities/statements/{company}/{MonthText}.xlsx");
        var viaQuery = await client.GetAsync($"/api/v1/facilities/statements/{company}/{MonthText}?format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var rows = Rows(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((await BilledAsync(company)).Count + 1, rows.Count);
        Assert.Equal(["이용일", "장비", "장비센터", "사용 시간", "시료 수", "이용료", "부가세", "합계"], rows[0]);
        Assert.Contains(rows, r => r[5] == "42000" && r[6] == "4200" && r[7] == "46200");
        Assert.Equal(rows.Count, Rows(await viaQuery.Content.ReadAsByteArrayAsync()).Count);
    }

    [Fact]
    public async Task Statement_Pdf_IsAPdfTitledWithTheCompanyAndMonth()
    {
        var (company, _) = await CompletedUseAsync(42_000);
        var name = await fixture.QueryAsync(db => db.Organizations.Where(o => o.Id == company).Select(o => o.NameKo).SingleAsync());
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.GetAsync($"/api/v1/facilities/statements/{company}/{MonthText}.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.True(pdf.PageCount >= 1);
        Assert.Equal($"{name} {MonthText} 이용 명세서", pdf.Info.Title);
    }

    [Fact]
    public async Task Statement_ManyLines_BreaksIntoPages()
    {
        var (company, equipment) = await CompletedUseAsync(1_000);
        for (var i = 0; i < 60; i++)
        {
            await InsertCompletedAsync(company, equipment, new DateTimeOffset(LastMonth.ToDateTime(TimeOnly.MinValue), Kst).AddDays(1).AddMinutes(i * 10 + 5), 1_000);
        }

        var client = await fixture.SignedInAsAsync(Roles.Company);
        var bytes = await client.GetByteArrayAsync($"/api/v1/facilities/statements/{company}/{MonthText}.pdf");

        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        var lines = (await BilledAsync(company)).Count;
        Assert.True(pdf.PageCount >= Math.Ceiling(lines / 40.0), $"{lines} lines on {pdf.PageCount} pages");
        Assert.True(pdf.PageCount >= 2);
    }

    [Theory]
    [InlineData("2026-13", "month")]
    [InlineData("202603", "month")]
    [InlineData("2026-03.docx", "format")]
    public async Task Statement_BadMonthOrFormat_IsAProblem(string month, string field)
    {
        var company = await fixture.DemoCompanyAsync();
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.GetAsync($"/api/v1/facilities/statements/{company}/{month}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).FieldErrors(field));
    }

    [Fact]
    public async Task Statement_UnknownAndUnseenCompany_AnswerTheSame404()
    {
        var company = await fixture.DemoCompanyAsync();
        var other = await fixture.OtherCompanyClientAsync();

        var unseen = await other.GetAsync($"/api/v1/facilities/statements/{company}/{MonthText}");
        var unknown = await other.GetAsync($"/api/v1/facilities/statements/{Guid.CreateVersion7()}/{MonthText}");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (unseen.StatusCode, unknown.StatusCode));
        Assert.Equal((await unknown.ReadProblemAsync()).GetProperty("title").GetString(), (await unseen.ReadProblemAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Receivables_Operator_SumsPerCompanyAndMonthAndExports()
    {
        var (company, _) = await CompletedUseAsync(42_000);
        var center = await fixture.DemoCenterAsync();
        var client = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var first = LastMonth.AddMonths(-2).ToString("yyyy-MM", CultureInfo.InvariantCulture);

        var json = await client.GetFromJsonAsync<JsonElement>($"/api/v1/facilities/receivables/{center}?from={first}&to={MonthText}");
        var xlsx = await client.GetAsync($"/api/v1/facilities/receivables/{center}?from={first}&to={MonthText}&format=xlsx");
        var badMonth = await client.GetAsync($"/api/v1/facilities/receivables/{center}?from=2026-1");
        var tooLong = await client.GetAsync($"/api/v1/facilities/receivables/{center}?from=2020-01&to=2026-01");

        Assert.Equal(3, json.GetProperty("months").GetArrayLength());
        var rows = json.GetProperty("rows").EnumerateArray().ToList();
        var ours = rows.Single(r => r.GetProperty("companyId").GetGuid() == company && r.GetProperty("month").GetString() == LastMonth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.True(ours.GetProperty("amounts").GetProperty("totalKrw").GetInt64() >= 46_200);
        Assert.Equal(rows.Sum(r => r.GetProperty("amounts").GetProperty("totalKrw").GetInt64()), json.GetProperty("total").GetProperty("totalKrw").GetInt64());
        Assert.Equal(json.GetProperty("total").GetProperty("totalKrw").GetInt64(),
            json.GetProperty("companies").EnumerateArray().Sum(c => c.GetProperty("amounts").GetProperty("totalKrw").GetInt64()));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var sheet = Rows(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(rows.Count + 1, sheet.Count);
        Assert.Equal(["기업", "월", "건수", "이용료", "부가세", "합계"], sheet[0]);
        Assert.NotEmpty((await badMonth.ReadProblemAsync()).FieldErrors("from"));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_EveryCaller_AnswersTheExpectedStatus(string endpoint)
    {
        var (company, _) = await CompletedUseAsync(42_000);
        var center = await fixture.DemoCenterAsync();
        var otherCenter = await fixture.QueryAsync(db => db.Users.AsNoTracking().Where(u => u.Email == OtherCenterEmail).Select(u => u.OrganizationId!.Value).SingleAsync());
        var otherServed = await fixture.QueryAsync(db => db.Reservations.AnyAsync(r => r.CompanyId == company && r.Status == ReservationStatus.Completed
            && db.Equipment.Any(e => e.Id == r.EquipmentId && e.CenterId == otherCenter)));
        var expected = Matrix[endpoint].Select(cell => cell == OtherCenterServed ? (otherServed ? 200 : 404) : cell).ToArray();
        var path = endpoint switch
        {
            "GET statement" => $"/api/v1/facilities/statements/{company}/{MonthText}",
            "GET statement.pdf" => $"/api/v1/facilities/statements/{company}/{MonthText}.pdf",
            "GET statement.xlsx" => $"/api/v1/facilities/statements/{company}/{MonthText}.xlsx",
            "GET receivables" => $"/api/v1/facilities/receivables/{center}",
            "GET receivables xlsx" => $"/api/v1/facilities/receivables/{center}?format=xlsx",
            "PAGE /facilities/statements" => "/facilities/statements",
            "PAGE /facilities/statements?company" => $"/facilities/statements?company={company}&month={MonthText}",
            "PAGE /facilities/receivables" => "/facilities/receivables",
            "PAGE /facilities/receivables?center" => $"/facilities/receivables?center={center}",
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
        };
        await CallerMatrix.AssertRowAsync(fixture, endpoint, expected, (_, _, client) => client.GetAsync(path));
    }

    [Fact]
    public async Task Pages_CompanyAndOperator_ShowTotalsAndDownloadLinks()
    {
        var (company, _) = await CompletedUseAsync(42_000);
        var companyClient = await fixture.SignedInAsAsync(Roles.Company);
        var operatorClient = await fixture.SignedInAsAsync(Roles.CenterOperator);

        var statement = await companyClient.GetStringAsync("/facilities/statements");
        var receivables = await operatorClient.GetStringAsync("/facilities/receivables");
        var badMonth = await companyClient.GetAsync("/facilities/statements?month=2026-13");

        Assert.Contains($"/api/v1/facilities/statements/{company}/{MonthText}.pdf", statement, StringComparison.Ordinal);
        Assert.Contains($"/api/v1/facilities/statements/{company}/{MonthText}.xlsx", statement, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"statement-lines\"", statement, StringComparison.Ordinal);
        Assert.Contains(StatementTablesWon((await BilledAsync(company)).Sum(x => x.Fee + x.Vat)), statement, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"receivables-companies\"", receivables, StringComparison.Ordinal);
        Assert.Contains("format=xlsx", receivables, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badMonth.StatusCode);
    }

    private static string StatementTablesWon(long krw) => krw.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The demo company and a fresh item of the demo center, with one completed use checked out on the 15th of last month.</summary>
    private async Task<(Guid Company, Guid Equipment)> CompletedUseAsync(long fee)
    {
        var company = await fixture.DemoCompanyAsync();
        var equipment = await fixture.NewEquipmentAsync();
        await InsertCompletedAsync(company, equipment, new DateTimeOffset(LastMonth.AddDays(14).ToDateTime(new TimeOnly(16, 0)), Kst), fee);
        return (company, equipment);
    }

    private Task<int> InsertCompletedAsync(Guid company, Guid equipment, DateTimeOffset checkedOut, long fee) =>
        fixture.QueryAsync(async db =>
        {
            var user = await db.Users.Where(u => u.OrganizationId == company).Select(u => u.Id).FirstAsync();
            var utc = checkedOut.ToUniversalTime();
            db.Reservations.Add(new Reservation
            {
                EquipmentId = equipment, CompanyId = company, RequestedById = user, Start = utc.AddHours(-2), End = utc, Purpose = "정산 시험",
                Status = ReservationStatus.Completed, CheckedInAt = utc.AddHours(-2), CheckedOutAt = utc, FeeKrw = fee, VatKrw = fee / 10,
                CreatedAt = utc.AddDays(-3), UpdatedAt = utc,
            });
            return await db.SaveChangesAsync();
        });

    /// <summary>The company's completed uses checked out in last month (KST), straight from the table.</summary>
    private async Task<List<(long Fee, long Vat)>> BilledAsync(Guid company)
    {
        var all = await fixture.QueryAsync(db => db.Reservations.AsNoTracking()
            .Where(r => r.CompanyId == company && r.Status == ReservationStatus.Completed && r.CheckedOutAt != null)
            .Select(r => new { At = r.CheckedOutAt!.Value, Fee = r.FeeKrw ?? 0, Vat = r.VatKrw ?? 0 }).ToListAsync());
        return [.. all.Where(r => StatementQueries.MonthOf(r.At) == LastMonth).Select(r => (r.Fee, r.Vat))];
    }

    private static List<string[]> Rows(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return [.. sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToArray())];
    }
}

[Collection(OnSqlite.Name)]
public sealed class StatementApiSqliteTests(SqliteAppFixture fixture) : StatementApiTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class StatementApiPostgresTests(PostgresAppFixture fixture) : StatementApiTests(fixture);
