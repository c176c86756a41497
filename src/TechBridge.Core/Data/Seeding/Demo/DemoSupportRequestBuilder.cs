using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Requests;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>
/// Support requests from demo companies over the past <see cref="HistoryDays"/> days, a few per industry, at every step of
/// the flow: waiting for routing, waiting for the company's answer, with a center, quoted, completed (a consulting part
/// accepted) and closed, each with the timeline its steps would have written. Parts go to centers that hold equipment of
/// the request's industry and name one of their items; no slot is quoted, so no reservation is needed.
/// </summary>
internal static class DemoSupportRequestBuilder
{
    public const int PerIndustry = 5;
    public const int HistoryDays = 45;

    public sealed record Template(string Title, string Product, string Problem, string[] Stages);

    private static readonly Dictionary<string, Template[]> Templates = new(StringComparer.Ordinal)
    {
        ["MATERIALS"] =
        [
            new("고엔트로피 합금 분말 특성 평가", "적층제조용 고엔트로피 합금 분말", "분말 입도 분포와 산소 함량을 측정하고 소결체의 미세조직을 분석해야 합니다.", ["APPLIED_RESEARCH", "DEVELOPMENT"]),
            new("탄소섬유 복합재 계면 분석", "자동차 경량화용 탄소섬유 강화 복합재", "섬유와 수지 계면의 접착 불량 원인을 찾고 인장·층간전단 시험이 필요합니다.", ["DEVELOPMENT", "CERTIFICATION"]),
        ],
        ["ELECTRICAL_ELECTRONICS"] =
        [
            new("전고체 배터리 셀 신뢰성 시험", "황화물계 고체전해질 전고체 배터리 셀", "충방전 수명 시험과 고온 저장 후 용량 유지율을 평가하고 싶습니다.", ["DEVELOPMENT", "PILOT_DEMONSTRATION"]),
            new("전력반도체 모듈 열저항 측정", "SiC 전력반도체 모듈", "패키지 열저항과 파워사이클링 시험 데이터가 고객사 제출용으로 필요합니다.", ["DEVELOPMENT", "CERTIFICATION"]),
        ],
        ["MACHINERY_ROBOTICS"] =
        [
            new("협동로봇 감속기 내구 시험", "협동로봇용 정밀 감속기", "백래시와 토크 리플을 측정하고 1만 시간 가속 내구 시험을 계획하고 있습니다.", ["DEVELOPMENT", "PILOT_DEMONSTRATION"]),
            new("정밀 가공 부품 3차원 형상 측정", "유압 밸브 블록", "가공 후 형상 공차를 3차원 측정기로 검증하고 불량 원인을 찾아야 합니다.", ["DEVELOPMENT"]),
        ],
        ["BIO"] =
        [
            new("바이오 의약품 응집체 분석", "단일클론항체 바이오시밀러", "크기배제 크로마토그래피로 응집체를 정량하고 안정성 시험 조건을 정하고 싶습니다.", ["APPLIED_RESEARCH", "DEVELOPMENT"]),
            new("의료기기 생체적합성 시험", "체내 삽입형 혈관 스텐트", "세포독성 시험과 표면 분석으로 인증 제출 자료를 준비해야 합니다.", ["CERTIFICATION"]),
        ],
        ["AUTOMOTIVE_AEROSPACE"] =
        [
            new("전기차 배터리팩 진동 시험", "전기차용 배터리팩 하우징", "주행 진동 프로파일로 가진 시험을 하고 체결부 균열을 확인해야 합니다.", ["PILOT_DEMONSTRATION", "CERTIFICATION"]),
            new("드론 프로펠러 소음 측정", "물류 드론용 복합재 프로펠러", "무향실에서 소음 스펙트럼을 측정하고 형상 개선 방향을 찾고 싶습니다.", ["APPLIED_RESEARCH", "DEVELOPMENT"]),
        ],
        ["SHIPBUILDING_MARINE"] =
        [
            new("선박용 연료전지 스택 성능 평가", "선박 보조동력용 연료전지 스택", "염수 분위기에서 출력 저하를 평가하고 부식 원인을 분석해야 합니다.", ["DEVELOPMENT", "PILOT_DEMONSTRATION"]),
            new("해양 구조물 용접부 피로 시험", "해상풍력 하부구조 용접 이음부", "용접부 피로 수명을 시험하고 비파괴 검사로 결함을 확인해야 합니다.", ["DEVELOPMENT", "CERTIFICATION"]),
        ],
    };

    private static readonly string[] Questions =
    [
        "시료 수량과 크기를 알려 주시면 알맞은 장비센터를 찾기 쉽습니다.",
        "필요한 시험 규격(KS, ISO 등)이 정해져 있나요?",
    ];

    private static readonly string[] Notes = ["일정과 견적을 부탁드립니다.", "시료 반입 조건을 기업과 직접 협의해 주세요."];

    public sealed record Company(Guid CompanyId, Guid UserId, string UserName);

    public sealed record CenterItem(Guid CenterId, Guid EquipmentId, string IndustryCode, IReadOnlyList<string> Stages);

    public static (List<SupportRequest> Requests, List<SupportAssignment> Parts, List<SupportRequestEvent> Events) Build(
        DemoRandom random, IReadOnlyList<Company> companies, IReadOnlyList<CenterItem> items, Func<string, (Guid Id, string Name)> coordinatorOf,
        Func<Guid, (Guid? Id, string Name)> centerActorOf)
    {
        var requests = new List<SupportRequest>();
        var parts = new List<SupportAssignment>();
        var events = new List<SupportRequestEvent>();
        if (companies.Count == 0)
        {
            return (requests, parts, events);
        }

        var steps = Enum.GetValues<Step>();
        foreach (var (industry, templates) in Templates.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var industryItems = items.Where(i => i.IndustryCode == industry).ToList();
            for (var n = 0; n < PerIndustry; n++)
            {
                var template = templates[n % templates.Length];
                var (coordinatorId, coordinatorName) = coordinatorOf(industry);
                var company = random.Pick(companies);
                var created = random.Now.AddDays(-random.Next(1, HistoryDays)).AddMinutes(-random.Next(0, 600));
                var step = industryItems.Count == 0 ? Step.Waiting : steps[(n + industry.Length) % steps.Length];
                var request = new SupportRequest
                {
                    CompanyId = company.CompanyId, RequestedById = company.UserId, IndustryCode = industry, Title = template.Title,
                    Product = template.Product, Problem = template.Problem, Trl = random.Next(3, 8),
                    PeriodFrom = DateOnly.FromDateTime(created.UtcDateTime).AddDays(14), PeriodTo = DateOnly.FromDateTime(created.UtcDateTime).AddDays(120),
                    Status = SupportRequestStatus.Submitted, IsDemo = true, CreatedAt = created, UpdatedAt = created,
                    Stages = [.. template.Stages.Select(s => new SupportRequestStage { StageCode = s })],
                };
                requests.Add(request);
                var at = created;
                Add(events, request, null, company.UserId, company.UserName, SupportRequestEventKind.Submitted, null, at);
                DateTimeOffset Later() => at = at.AddHours(random.Next(2, 30));
                switch (step)
                {
                    case Step.Waiting:
                        request.DueAt = created.AddDays(3);
                        break;
                    case Step.Question:
                        request.Status = SupportRequestStatus.AwaitingCompany;
                        request.Question = random.Pick(Questions);
                        request.DueAt = Later().AddDays(3);
                        Add(events, request, null, coordinatorId, coordinatorName, SupportRequestEventKind.QuestionAsked, request.Question, at);
                        break;
                    case Step.Closed:
                        request.Status = SupportRequestStatus.Closed;
                        request.Reason = "요청 범위가 i-Platform 지원 대상(장비 활용·시험분석·컨설팅)이 아닙니다.";
                        Add(events, request, null, coordinatorId, coordinatorName, SupportRequestEventKind.Closed, request.Reason, Later());
                        break;
                    default:
                        var item = random.Pick(industryItems);
                        var (operatorId, operatorName) = centerActorOf(item.CenterId);
                        var consulting = step == Step.Completed;
                        var part = new SupportAssignment
                        {
                            RequestId = request.Id, CenterId = item.CenterId, EquipmentId = item.EquipmentId,
                            StageCode = template.Stages.FirstOrDefault(item.Stages.Contains), Service = consulting ? EquipmentServiceKind.Consulting : EquipmentServiceKind.TestAnalysis,
                            Note = random.Pick(Notes), Status = SupportAssignmentStatus.Assigned, AssignedById = coordinatorId, CreatedAt = Later(), UpdatedAt = at,
                            DueAt = at.AddDays(3),
                        };
                        parts.Add(part);
                        request.Status = SupportRequestStatus.InProgress;
                        Add(events, request, part.Id, coordinatorId, coordinatorName, SupportRequestEventKind.Assigned, part.Note, at);
                        if (step is Step.Quoted or Step.Completed)
                        {
                            part.Status = SupportAssignmentStatus.Quoted;
                            part.PriceKrw = random.Next(5, 60) * 50_000L;
                            part.VatKrw = part.PriceKrw / 10;
                            part.QuoteNote = consulting ? "시험 설계와 결과 해석 컨설팅 2회" : "시료 5개 기준 시험·분석, 결과 보고서 포함";
                            part.DueAt = Later().AddDays(3);
                            part.UpdatedAt = at;
                            Add(events, request, part.Id, operatorId, operatorName, SupportRequestEventKind.Quoted, part.QuoteNote, at);
                        }

                        if (step == Step.Completed)
                        {
                            part.Status = SupportAssignmentStatus.Accepted;
                            part.DueAt = null;
                            part.UpdatedAt = Later();
                            request.Status = SupportRequestStatus.Completed;
                            Add(events, request, part.Id, company.UserId, company.UserName, SupportRequestEventKind.Accepted, null, at);
                            Add(events, request, null, company.UserId, company.UserName, SupportRequestEventKind.Completed, null, at);
                        }

                        break;
                }

                request.UpdatedAt = at;
            }
        }

        return (requests, parts, events);
    }

    private static void Add(List<SupportRequestEvent> events, SupportRequest request, Guid? part, Guid? actor, string name, SupportRequestEventKind kind,
        string? text, DateTimeOffset at) =>
        events.Add(new SupportRequestEvent { RequestId = request.Id, AssignmentId = part, ActorId = actor, ActorName = name, Kind = kind, Text = text, At = at });

    private enum Step
    {
        Waiting,
        Question,
        WithCenter,
        Quoted,
        Completed,
        Closed,
    }
}
