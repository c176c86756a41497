using TechBridge.Core.Marketplace.Deals;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>The words of the demo marketplace history: thread messages ({0} is the hit's title), deal notes, event and advisory texts.</summary>
internal static class DemoMarketplaceActivityTexts
{
    public static readonly string[] TechnologyThreadKo =
    [
        "안녕하세요. 귀 기관이 보유한 「{0}」 기술의 이전 조건이 궁금합니다. 당사 제품 라인에 적용을 검토하고 있어 기술료 범위와 기술 소개 자료를 받아 볼 수 있을지 문의드립니다.",
        "문의 감사합니다. 기술 소개 자료는 바로 보내 드릴 수 있고, 시험 데이터 등 세부 자료는 비밀유지계약(NDA) 체결 후 공유하고 있습니다. 편하신 일정을 알려 주시면 온라인 미팅을 잡겠습니다.",
        "자료 잘 받았습니다. 내부 검토 결과 관심이 커서 NDA 초안을 보내 주시면 법무 검토 후 회신드리겠습니다.",
        "NDA 초안을 담당자 메일로 보내 드렸습니다. 검토 후 의견 주시면 반영하겠습니다.",
    ];

    public static readonly string[] TechnologyThreadEn =
    [
        "Hello. We are interested in licensing the technology \"{0}\" for our product line. Could you share the licence terms you offer and a technical brief?",
        "Thank you for your interest. We can send the technical brief now; test data follow once an NDA is signed. Please suggest a time for an online meeting.",
        "Thanks, the brief is very helpful. Please send your NDA template and our legal team will review it this week.",
        "We have e-mailed the NDA template to your contact. Let us know if you need any changes.",
    ];

    public static readonly string[] NeedThread =
    [
        "귀사가 등록하신 「{0}」 수요를 보고 연락드립니다. 당사는 관련 공정 기술과 시제품 제작 경험이 있어 공동 개발이나 기술 공급이 가능합니다. 짧게 통화할 수 있을까요?",
        "연락 감사합니다. 다음 주 화요일 오후에 통화할 수 있습니다. 회사 소개서를 먼저 보내 주시면 내부에 공유하겠습니다.",
        "회사 소개서를 보내 드렸습니다. 화요일 오후 2시에 연락드리겠습니다.",
    ];

    public const string PersonSubject = "공동연구 및 기술 자문 문의";

    public const string PersonBody =
        "안녕하세요. 최근 발표하신 연구를 보고 연락드립니다. 당사 신제품 개발에 해당 기술을 적용할 수 있을지 자문을 구하고 싶고, 가능하다면 공동연구도 논의하고 싶습니다. 편하신 때에 회신 부탁드립니다.";

    public static readonly IReadOnlyDictionary<DealState, string> StepNotes = new Dictionary<DealState, string>
    {
        [DealState.Inquiry] = "문의 스레드에서 기술이전 협의를 시작했습니다.",
        [DealState.Nda] = "상호 비밀유지계약(NDA) 체결, 시험 데이터 공유",
        [DealState.TechnicalMeeting] = "연구실 방문 기술 설명회 및 시제품 시연",
        [DealState.TermSheet] = "기술이전 조건 합의서(텀시트) 교환",
        [DealState.Contract] = "기술이전 계약 체결 (국내, 5년)",
        [DealState.FollowUp] = "사업화 후속 관리 시작",
    };

    public const string LossNote = "기술료 조건 차이로 협상을 중단했습니다.";

    public const string PastEventNameKo = "{0} 기술이전 파트너링 데이";
    public const string PastEventNameEn = "Technology Transfer Partnering Day {0}";
    public const string PastEventDescription =
        "공공기술 보유 기관과 기업이 30분 단위 1:1 미팅으로 만나는 기술이전 파트너링 행사입니다. 사전에 미팅을 신청하고 수락된 미팅은 일정표에 배정됩니다.";

    public const string UpcomingEventNameKo = "{0} 한-EU 기술협력 브로커리지 데이";
    public const string UpcomingEventNameEn = "Korea–EU Technology Brokerage Day {0}";
    public const string UpcomingEventDescription =
        "국내 기업·연구기관과 유럽 파트너가 공동 연구개발 과제를 찾는 1:1 미팅 행사입니다. 참가 등록 시 제공 기술과 찾는 협력을 적어 주시면 만나 볼 만한 참가자를 추천해 드립니다.";

    public const string CompanyOffers = "양산 라인과 시제품 제작 역량, 실증 현장 제공";
    public const string CompanyRequests = "제품 적용을 위한 원천기술 이전, 공동연구 파트너";
    public const string OwnerOffers = "보유 특허 기술 이전(통상·전용실시권), 기술 자문";
    public const string OwnerRequests = "기술 사업화 파트너 기업, 실증 협력 기업";
    public const string ResearcherOffers = "소재 분석과 신뢰성 평가 노하우, 공동연구 제안";
    public const string ResearcherRequests = "연구 성과를 적용할 기업 파트너";
    public const string ResearcherOrganization = "대학 연구실";

    public const string MeetingMessage = "귀사의 기술에 관심이 있어 미팅을 요청드립니다.";
    public const string DeclineReason = "이번 행사에서는 일정이 맞지 않습니다.";

    public static readonly string[] NextSteps =
    [
        "NDA 체결 후 기술 자료 검토",
        "샘플 시험 결과 공유 후 2차 미팅",
        "공동연구 과제 기획서 초안 작성",
        "당분간 후속 협의 계획 없음",
    ];

    public const string HiTechMessage = "연구 분야가 당사 수요와 잘 맞아 Hi-TECH 1:1 매칭을 제안드립니다. 9개월 과제로 함께할 수 있으면 좋겠습니다.";
    public const string HiTechDecline = "현재 수행 중인 과제 일정상 참여가 어렵습니다.";

    public const string AdvisoryTopicAssigned = "미국 시장 진출을 위한 현지 인증과 유통 파트너 자문";
    public const string AdvisoryQuestionAssigned = "당사 제품의 미국 수출을 준비하고 있습니다. 필요한 현지 인증 절차와 초기 유통 파트너를 찾는 방법에 대해 조언을 받고 싶습니다.";
    public const string AdvisoryNoteAssigned = "현지 인증 경험이 많은 K-TAG 위원을 배정했습니다.";
    public const string AdvisoryTopicCompleted = "유럽 공동연구 파트너 탐색";
    public const string AdvisoryQuestionCompleted = "유럽 연구기관과 공동 연구개발 과제를 추진하려고 합니다. 적합한 기관을 찾고 첫 연락을 하는 방법을 알고 싶습니다.";
    public const string AdvisoryNoteCompleted = "유럽 연구기관 협력 경험이 있는 위원을 배정했습니다.";
    public const string AdvisoryOutcomeNote = "화상 자문 90분. 후보 연구기관 세 곳을 소개하고 공동 제안서 준비 절차를 안내했습니다.";
}
