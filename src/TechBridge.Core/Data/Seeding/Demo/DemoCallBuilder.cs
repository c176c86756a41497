using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Reference;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>
/// Demo calls around the present: the cooperation centers' joint research call open now, an Alchemist+ item-designated
/// call opening in two weeks (its topics are the latest Alchemist themes), last autumn's international joint R&amp;D call
/// (closed two months ago, since selected), this half-year's global cooperation call (closed twelve days ago, in the
/// overseas peer review), and next year's global cooperation call still being drafted.
/// </summary>
internal static class DemoCallBuilder
{
    /// <summary>The programs the demo calls belong to (all in the reference data).</summary>
    public static readonly string[] Programs = ["GLOBAL_COOP_CENTERS", "ALCHEMIST_PLUS", "INTL_JOINT_RND_EXPANSION", "GLOBAL_TECH_COOP_STRATEGY"];

    public static List<ProgramCall> Build(DateTimeOffset now, Guid manager, IReadOnlyList<AlchemistTheme> themes)
    {
        var today = new DateTimeOffset(now.ToOffset(TimeSpan.FromHours(9)).Date, TimeSpan.FromHours(9));
        var topics = themes.Where(t => t.NoteKo is not null && t.NoteEn is not null).OrderByDescending(t => t.Year).ThenBy(t => t.Code).Take(3).ToList();
        return
        [
            Call(manager, "GLOBAL_COOP_CENTERS", CallStatus.Published, CallKind.Open,
                "2027년 글로벌 산업기술 협력센터 공동연구 과제 공모", "2027 Global Industrial Technology Cooperation Centers joint research call",
                "해외 우수 연구기관에 설치된 협력센터와 국내 기업·연구기관이 함께 수행할 공동연구 과제를 공모합니다. 국내 연구자는 전체 연구기간의 절반 이상 현지에 파견되어야 합니다.",
                "Joint research of Korean companies and institutes with the cooperation centers at leading institutions abroad. Korean researchers must be dispatched for at least half of the research period.",
                today.AddDays(-10).AddHours(10), today.AddDays(20).AddHours(18), 18_000_000_000, 1_500_000_000, 75, 36, dispatch: true,
                ["SECONDARY_BATTERY", "SEMICONDUCTOR", "FUTURE_MOBILITY"], now),
            Call(manager, "ALCHEMIST_PLUS", CallStatus.Published, CallKind.ItemDesignated,
                "알키미스트+ 미래 판기술 프로젝트 지정공모", "Alchemist+ future game-changing technology item-designated call",
                "정부가 제시한 도전 과제(왜, 무엇을)에 대해 신청 기관이 수행 방법(어떻게)을 제안합니다.",
                "The government sets the challenges (why and what); applicants propose how.",
                today.AddDays(14).AddHours(10), today.AddDays(44).AddHours(18), 24_000_000_000, 4_000_000_000, 80, 60, dispatch: false,
                [.. topics.Select(t => t.FieldCode).OfType<string>().Distinct().DefaultIfEmpty("CORE_MATERIALS")], now, topics),
            Call(manager, "INTL_JOINT_RND_EXPANSION", CallStatus.Closed, CallKind.Open,
                "2026년 2차 국제공동 R&D 과제 공모", "2026 second international joint R&D call",
                "해외 협력기관과 함께 수행할 산업기술 국제공동 R&D 과제를 공모했습니다.",
                "International joint industrial R&D with partners abroad.",
                today.AddDays(-120).AddHours(10), today.AddDays(-60).AddHours(18), 12_000_000_000, 1_000_000_000, 75, 36, dispatch: false,
                ["DISPLAY", "CORE_MATERIALS"], now),
            Call(manager, "GLOBAL_TECH_COOP_STRATEGY", CallStatus.Closed, CallKind.Open,
                "2026년 하반기 글로벌 산업기술협력 과제 공모", "2026 second-half global industrial technology cooperation call",
                "해외 우수 연구기관과의 기술협력으로 핵심 기술을 확보할 과제를 공모했습니다. 해외 동료평가가 진행 중입니다.",
                "Technology cooperation with leading institutions abroad to secure key technologies. The overseas peer review is under way.",
                today.AddDays(-45).AddHours(10), today.AddDays(-12).AddHours(18), 9_000_000_000, 1_200_000_000, 75, 36, dispatch: false,
                ["SEMICONDUCTOR", "SECONDARY_BATTERY", "FUTURE_MOBILITY"], now),
            Call(manager, "GLOBAL_TECH_COOP_STRATEGY", CallStatus.Draft, CallKind.Open,
                "2027년 1차 글로벌 협력과제 공모(작성 중)", "2027 first global cooperation call (draft)",
                null, null, today.AddDays(40).AddHours(10), today.AddDays(70).AddHours(18), 15_000_000_000, 1_200_000_000, 75, 36, dispatch: false,
                ["SEMICONDUCTOR"], now),
        ];
    }

    private static ProgramCall Call(Guid manager, string program, CallStatus status, CallKind kind, string titleKo, string titleEn, string? summaryKo,
        string? summaryEn, DateTimeOffset opens, DateTimeOffset closes, long total, long perTask, int share, int months, bool dispatch,
        IEnumerable<string> fields, DateTimeOffset now, IReadOnlyList<AlchemistTheme>? themes = null)
    {
        var call = new ProgramCall
        {
            ProgramCode = program, TitleKo = titleKo, TitleEn = titleEn, SummaryKo = summaryKo, SummaryEn = summaryEn, Kind = kind, Status = status,
            OpensAt = opens.ToUniversalTime(), ClosesAt = closes.ToUniversalTime(), TotalBudgetKrw = total, MaxGovernmentKrwPerTask = perTask,
            MaxGovernmentSharePercent = share, MaxMonths = months, RequiresDispatch = dispatch, RequiresOverseasPartner = true, IsDemo = true,
            CreatedById = manager, CreatedAt = now, UpdatedAt = now,
            PublishedAt = status == CallStatus.Draft ? null : opens.AddDays(-7).ToUniversalTime(),
            ClosedAt = status == CallStatus.Closed ? closes.ToUniversalTime() : null,
        };
        call.Fields.AddRange(fields.Select(f => new CallField { CallId = call.Id, FieldCode = f }));
        call.ApplicantTypes.AddRange(new[] { ApplicantType.SmallBusiness, ApplicantType.MidSizedCompany, ApplicantType.ResearchInstitute, ApplicantType.University }
            .Select(t => new CallApplicantType { CallId = call.Id, Type = t }));
        call.Documents.AddRange((dispatch
                ? new[] { DocumentKind.ResearchPlan, DocumentKind.BudgetPlan, DocumentKind.PartnerCommitment, DocumentKind.DispatchPlan }
                : [DocumentKind.ResearchPlan, DocumentKind.BudgetPlan, DocumentKind.PartnerCommitment])
            .Select(d => new CallDocument { CallId = call.Id, Kind = d }));
        call.Topics.AddRange((themes ?? []).Select((t, i) => new CallTopic
        {
            CallId = call.Id, Position = i, TitleKo = t.TitleKo, TitleEn = t.TitleEn,
            WhyKo = $"{t.TitleKo} 분야에서 지금의 기술로는 닿지 못하는 목표에 도전해 미래 산업의 판을 바꾸기 위한 과제입니다.",
            WhyEn = $"A challenge beyond the reach of today's technology in {t.TitleEn.ToLowerInvariant()}, to change the game of a future industry.",
            WhatKo = t.NoteKo!, WhatEn = t.NoteEn!,
        }));
        call.Stages.AddRange(
        [
            new CallStage { CallId = call.Id, Position = 0, Kind = StageKind.Screening },
            new CallStage { CallId = call.Id, Position = 1, Kind = StageKind.OverseasPeerReview, WeightPercent = 40, CutOff = 60, ReviewersPerProposal = 3, DueAt = closes.AddDays(21).ToUniversalTime() },
            new CallStage { CallId = call.Id, Position = 2, Kind = StageKind.DomesticPanel, WeightPercent = 60, CutOff = 70, ReviewersPerProposal = 5, DueAt = closes.AddDays(35).ToUniversalTime() },
        ]);
        return call;
    }
}
