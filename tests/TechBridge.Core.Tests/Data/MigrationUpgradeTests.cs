using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Facilities;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Data;

/// <summary>An installation created by the first release keeps its data when it is upgraded to the latest schema.</summary>
public sealed class MigrationUpgradeTests
{
    private const string FirstMigration = "20261122000001_Directory";

    private static readonly Guid OrganizationId = Guid.Parse("0193a5f2-7c41-7d3e-9a1b-2c3d4e5f6a7b");
    private static readonly Guid PersonId = Guid.Parse("0193a5f2-7c41-7d3e-8b2c-3d4e5f6a7b8c");
    private static readonly Guid AffiliationId = Guid.Parse("0193a5f2-7c41-7d3e-ac3d-4e5f6a7b8c9d");
    private static readonly Guid PublicationId = Guid.Parse("0193a5f2-7c41-7d3e-bd4e-5f6a7b8c9d0e");
    private static readonly DateTimeOffset Created = new(2025, 11, 3, 8, 15, 30, 123, TimeSpan.Zero);
    private static readonly DateTimeOffset Updated = new(2026, 1, 20, 23, 59, 58, 987, TimeSpan.Zero);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Migrate_FromFirstMigrationWithData_KeepsDataIntact(string provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await host.RunAsync<TechBridgeDbContext>(db => db.GetService<IMigrator>().MigrateAsync(FirstMigration));
        Assert.Equal([FirstMigration], await host.QueryAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).ToList()));
        await host.RunAsync<TechBridgeDbContext>(InsertFirstReleaseRowsAsync);

        await host.RunAsync<TechBridgeDbContext>(db => db.Database.MigrateAsync());

        Assert.Empty(await host.QueryAsync(db => db.Database.GetPendingMigrationsAsync()));
        await AssertFirstReleaseRowsAsync(host);
        Assert.Equal(1, await host.QueryAsync(db => db.Organizations.Where(o => o.Id == OrganizationId).Select(o => o.Version).SingleAsync()));

        // The tables the upgrade added work together with the old rows.
        await host.RunAsync<TechBridgeDbContext>(async db =>
        {
            db.Users.Add(new UserAccount
            {
                Email = "legacy@example.kr", NormalizedEmail = "LEGACY@EXAMPLE.KR", DisplayName = "기존 사용자", PasswordHash = "x",
                OrganizationId = OrganizationId, CreatedAt = Updated,
            });
            await db.SaveChangesAsync();
        });
        Assert.Equal(OrganizationId, await host.QueryAsync(db => db.Users.Select(u => u.OrganizationId).SingleAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Initialize_AfterFirstMigrationWithData_KeepsDataAndAddsReferenceData(string provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await host.RunAsync<TechBridgeDbContext>(db => db.GetService<IMigrator>().MigrateAsync(FirstMigration));
        await host.RunAsync<TechBridgeDbContext>(InsertFirstReleaseRowsAsync);

        await host.RunAsync<DatabaseInitializer>(initializer => initializer.InitializeAsync(includeDemoData: false));

        await AssertFirstReleaseRowsAsync(host);
        Assert.True(await host.QueryAsync(db => db.Fields.AnyAsync(f => f.Code == "SEMICONDUCTOR")));
        Assert.True(await host.QueryAsync(db => db.Programs.AnyAsync()));

        // Migration 5's tables take equipment and needs of the first release's organisation, with its legacy field.
        var (equipmentId, needId) = await host.QueryAsync(async db =>
        {
            var equipment = new Equipment
            {
                CenterId = OrganizationId, NameKo = "양자 자력계 시험대", IndustryCode = "ELECTRICAL_ELECTRONICS", TrlMin = 3, TrlMax = 5,
                DescriptionKo = "NV 센터 자력계 감도 평가", CreatedAt = Updated, UpdatedAt = Updated,
            };
            equipment.Fields.Add(new EquipmentField { FieldCode = "LEGACY_QUANTUM" });
            equipment.Stages.Add(new EquipmentStage { StageCode = "APPLIED_RESEARCH" });
            var need = new TechnologyNeed
            {
                CompanyId = OrganizationId, Title = "양자 센서 패키징 기술", Description = "상온 동작 양자 자력계의 소형 패키징 기술을 찾습니다.",
                RndStageCode = "DEVELOPMENT", CooperationTypeCode = "JOINT_RESEARCH", CreatedAt = Updated, UpdatedAt = Updated,
            };
            need.Fields.Add(new TechnologyNeedField { FieldCode = "LEGACY_QUANTUM" });
            db.AddRange(equipment, need);
            await db.SaveChangesAsync();
            return (equipment.Id, need.Id);
        });
        var equipmentDetail = await host.RunAsync<EquipmentQueries, EquipmentDetail>(q => q.GetAsync(equipmentId));
        Assert.Equal("한빛양자 주식회사", equipmentDetail.Center.NameKo);
        Assert.Equal(["LEGACY_QUANTUM"], equipmentDetail.Fields);
        var needDetail = await host.RunAsync<NeedQueries, NeedDetail>(q => q.GetAsync(needId));
        Assert.Equal((OrganizationId, Updated), (needDetail.Company.Id, needDetail.CreatedAt));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Migrate_TechnologiesWithFreeTextPatentsTaskAndTerms_CarriesThemIntoStructuredRows(string provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await host.RunAsync<TechBridgeDbContext>(db => db.GetService<IMigrator>().MigrateAsync(FirstMigration));
        await host.RunAsync<TechBridgeDbContext>(InsertFirstReleaseRowsAsync);
        await host.RunAsync<TechBridgeDbContext>(db => db.GetService<IMigrator>().MigrateAsync("20261209000022_Inquiries"));
        Guid[] ids = [Guid.Parse("0193a5f2-7c41-7d3e-9a1b-000000000001"), Guid.Parse("0193a5f2-7c41-7d3e-9a1b-000000000002"), Guid.Parse("0193a5f2-7c41-7d3e-9a1b-000000000003")];
        await host.RunAsync<TechBridgeDbContext>(async db =>
        {
            var stored = new StoredValues(db);
            (string? Patents, string? Task, string? Terms)[] rows =
            [
                ("10-2023-0123456; 10-2345678; US 11,234,567 B2", "알키미스트 프로젝트 「전지용 고체전해질 핵심기술 개발」 (2019~2022)", "전용실시권 협의 가능, 선급기술료 3억원"),
                ("10-2021-0654321; PCT/KR2021/012345", null, "통상실시권 허여, 정액기술료 5천만원"),
                (null, null, null),
            ];
            for (var i = 0; i < rows.Length; i++)
            {
                await db.Database.ExecuteSqlRawAsync(
                    """
                    INSERT INTO "PublicTechnologies" ("Id", "OwnerId", "TitleKo", "TitleEn", "Summary", "Keywords", "Trl", "PatentNumbers", "RndTask",
                        "TransferTerms", "Status", "ContactPersonId", "IsDemo", "CreatedAt", "UpdatedAt")
                    VALUES ({0}, {1}, {2}, '', '요약', NULL, 4, {3}, {4}, {5}, 'UnderNegotiation', NULL, {6}, {7}, {8})
                    """,
                    stored.Id(ids[i]), stored.Id(OrganizationId), $"기존 기술 {i}", rows[i].Patents!, rows[i].Task!, rows[i].Terms!, true,
                    stored.Instant(Created), stored.Instant(Updated));
            }
        });

        await host.RunAsync<TechBridgeDbContext>(db => db.Database.MigrateAsync());

        var technologies = await host.QueryAsync(db => db.PublicTechnologies.AsNoTracking().Include(t => t.Patents).OrderBy(t => t.TitleKo).ToListAsync());
        Assert.Equal(3, technologies.Count);
        var (a, b, c) = (technologies[0], technologies[1], technologies[2]);
        Assert.Equal(
            [("10-2023-0123456", "10-2345678", PatentStatus.Registered, "KR"), ("US 11,234,567 B2", "US 11,234,567 B2", PatentStatus.Registered, "US")],
            a.Patents.OrderBy(p => p.Position).Select(p => (p.ApplicationNumber, p.RegistrationNumber, p.Status, p.Countries)));
        Assert.Equal(
            [("10-2021-0654321", (string?)null, PatentStatus.Filed, "KR"), ("PCT/KR2021/012345", null, PatentStatus.Filed, "KR")],
            b.Patents.OrderBy(p => p.Position).Select(p => (p.ApplicationNumber, p.RegistrationNumber, p.Status, p.Countries)));
        Assert.Empty(c.Patents);
        Assert.Equal((2022, "알키미스트 프로젝트 「전지용 고체전해질 핵심기술 개발」 (2019~2022)"), (a.RndYear!.Value, a.RndTaskTitle));
        Assert.Equal(((int?)null, (string?)null), (b.RndYear, b.RndTaskTitle));
        Assert.Equal((true, false, "전용실시권 협의 가능, 선급기술료 3억원"), (a.OffersExclusive, a.OffersNonExclusive, a.TermsConditions));
        Assert.Equal((false, true), (b.OffersExclusive, b.OffersNonExclusive));
        Assert.All(technologies, t => Assert.Equal((LicensingStatus.UnderNegotiation, 1L, Updated), (t.Status, t.Version, t.UpdatedAt)));
    }

    /// <summary>Rows as the first release wrote them, in its storage formats, with raw SQL (no model involved).</summary>
    private static async Task InsertFirstReleaseRowsAsync(TechBridgeDbContext db)
    {
        var stored = new StoredValues(db);

        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "Countries" ("Alpha2", "Alpha3", "Numeric", "NameKo", "NameEn") VALUES ({0}, {1}, {2}, {3}, {4})""",
            "KR", "KOR", "410", "대한민국", "Republic of Korea");
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "Fields" ("Code", "NameKo", "NameEn", "SortOrder") VALUES ({0}, {1}, {2}, {3})""",
            "LEGACY_QUANTUM", "양자기술", "Quantum technology", 99);
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "Organizations" ("Id", "Code", "Kind", "NameKo", "NameEn", "CountryCode", "City", "Website", "SizeClass",
                "IndustryCode", "Description", "FoundedYear", "IsDemo", "CreatedAt", "UpdatedAt")
            VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, NULL, {9}, {10}, {11}, {12}, {13})
            """,
            stored.Id(OrganizationId), "LEGACY_ORG", "Company", "한빛양자 주식회사", "Hanbit Quantum Inc.", "KR", "대전", "https://hanbit-quantum.example.kr",
            "Small", "양자 센서 개발", 2011, false, stored.Instant(Created), stored.Instant(Updated));
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "OrganizationFields" ("OrganizationId", "FieldCode") VALUES ({0}, {1})""", stored.Id(OrganizationId), "LEGACY_QUANTUM");
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "People" ("Id", "Kind", "NameKo", "NameEn", "Position", "Email", "CountryCode", "Bio", "Keywords", "IsDemo", "CreatedAt", "UpdatedAt")
            VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, NULL, {7}, {8}, {9}, {10})
            """,
            stored.Id(PersonId), "Researcher", "김양자", "Kim Yangja", "책임연구원", "yangja.kim@example.kr", "KR", "양자 센서; quantum sensing", false,
            stored.Instant(Created), stored.Instant(Updated));
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "PersonFields" ("PersonId", "FieldCode") VALUES ({0}, {1})""", stored.Id(PersonId), "LEGACY_QUANTUM");
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "Affiliations" ("Id", "PersonId", "OrganizationId", "Role", "StartDate", "EndDate") VALUES ({0}, {1}, {2}, {3}, {4}, NULL)""",
            stored.Id(AffiliationId), stored.Id(PersonId), stored.Id(OrganizationId), "연구소장", stored.Day(new DateOnly(2019, 3, 1)));
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "Publications" ("Id", "Title", "Abstract", "Year", "Venue", "Doi", "Language", "IsDemo")
            VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7})
            """,
            stored.Id(PublicationId), "다이아몬드 NV 센터 기반 양자 자력계", "상온 동작 양자 자력계의 감도 향상", 2024, "한국물리학회지", "10.1234/legacy.2024.1", "ko", false);
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "PublicationAuthors" ("PublicationId", "PersonId", "AuthorOrder") VALUES ({0}, {1}, {2})""",
            stored.Id(PublicationId), stored.Id(PersonId), 1);
    }

    private static async Task AssertFirstReleaseRowsAsync(CoreHost host)
    {
        var organization = await host.QueryAsync(db => db.Organizations.AsNoTracking()
            .Include(o => o.Fields).Include(o => o.Affiliations).ThenInclude(a => a.Person)
            .SingleAsync(o => o.Id == OrganizationId));
        Assert.Equal("LEGACY_ORG", organization.Code);
        Assert.Equal(OrganizationKind.Company, organization.Kind);
        Assert.Equal("한빛양자 주식회사", organization.NameKo);
        Assert.Equal("Hanbit Quantum Inc.", organization.NameEn);
        Assert.Equal("KR", organization.CountryCode);
        Assert.Equal("대전", organization.City);
        Assert.Equal(CompanySize.Small, organization.SizeClass);
        Assert.Null(organization.IndustryCode);
        Assert.Equal(2011, organization.FoundedYear);
        Assert.Equal(Created, organization.CreatedAt);
        Assert.Equal(Updated, organization.UpdatedAt);
        Assert.Equal(TimeSpan.Zero, organization.CreatedAt.Offset);
        Assert.Equal(["LEGACY_QUANTUM"], organization.Fields.Select(f => f.FieldCode));

        var affiliation = Assert.Single(organization.Affiliations);
        Assert.Equal(AffiliationId, affiliation.Id);
        Assert.Equal("연구소장", affiliation.Role);
        Assert.Equal(new DateOnly(2019, 3, 1), affiliation.StartDate);
        Assert.Null(affiliation.EndDate);
        Assert.Equal(PersonId, affiliation.Person!.Id);
        Assert.Equal("김양자", affiliation.Person.NameKo);

        var person = await host.QueryAsync(db => db.People.AsNoTracking().Include(p => p.Fields).SingleAsync(p => p.Id == PersonId));
        Assert.Equal(PersonKind.Researcher, person.Kind);
        Assert.Equal("yangja.kim@example.kr", person.Email);
        Assert.Equal(Created, person.CreatedAt);
        Assert.Equal(Updated, person.UpdatedAt);
        Assert.Equal(["LEGACY_QUANTUM"], person.Fields.Select(f => f.FieldCode));

        var publication = await host.QueryAsync(db => db.Publications.AsNoTracking()
            .Include(p => p.Authors).ThenInclude(a => a.Person).SingleAsync(p => p.Id == PublicationId));
        Assert.Equal("다이아몬드 NV 센터 기반 양자 자력계", publication.Title);
        Assert.Equal(2024, publication.Year);
        Assert.Equal("10.1234/legacy.2024.1", publication.Doi);
        var author = Assert.Single(publication.Authors);
        Assert.Equal(1, author.AuthorOrder);
        Assert.Equal("Kim Yangja", author.Person!.NameEn);

        // The read model queries (translated SQL, not just materialisation) see the old rows too.
        var detail = await host.RunAsync<OrganizationQueries, OrganizationDetail>(q => q.GetAsync(OrganizationId));
        Assert.Equal(PersonId, Assert.Single(detail.People).PersonId);
        var people = await host.RunAsync<PersonQueries, PersonDetail>(q => q.GetAsync(PersonId));
        Assert.Equal(OrganizationId, Assert.Single(people.Affiliations).OrganizationId);
        Assert.Equal(["김양자"], Assert.Single(people.Publications).Authors);
        Assert.Equal(1, await host.QueryAsync(db => db.Organizations.CountAsync(o => o.CreatedAt >= Created && o.CreatedAt < Updated)));
    }
}
