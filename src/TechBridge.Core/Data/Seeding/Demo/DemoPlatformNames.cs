namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>A fictional regional institute that hosts equipment centers, and the industries its centers serve.</summary>
internal sealed record PlatformHost(string Ko, string En, string Slug, string City, params string[] Industries);

/// <summary>The research institute that leads an industry's i-Platform centers.</summary>
internal sealed record PlatformRepresentative(string Industry, string Ko, string En, string Slug, string City, int Founded, params string[] Fields);

/// <summary>
/// Names for the i-Platform's equipment centers: regional hosts (fictional, in the style of the real technoparks and
/// industry institutes), the kinds of center each industry has, and the six representative institutions.
/// </summary>
internal static class DemoPlatformNames
{
    private const string Machinery = "MACHINERY_ROBOTICS";
    private const string Bio = "BIO";
    private const string Materials = "MATERIALS";
    private const string Mobility = "AUTOMOTIVE_AEROSPACE";
    private const string Electronics = "ELECTRICAL_ELECTRONICS";
    private const string Marine = "SHIPBUILDING_MARINE";

    public static IReadOnlyList<PlatformHost> Hosts { get; } =
    [
        new("경북첨단부품연구원", "Gyeongbuk Advanced Components Institute", "gaci", "경산", Mobility, Machinery, Materials),
        new("경남기계융합연구원", "Gyeongnam Machinery Convergence Institute", "gmci", "창원", Machinery, Marine),
        new("충북산업기술진흥원", "Chungbuk Industrial Technology Agency", "cita", "청주", Electronics, Bio),
        new("충남첨단산업진흥원", "Chungnam Advanced Industry Agency", "caia", "아산", Electronics, Mobility),
        new("전북융합소재연구원", "Jeonbuk Convergence Materials Institute", "jcmi", "전주", Materials, Mobility),
        new("전남바이오산업진흥원", "Jeonnam Bio-Industry Agency", "jbia", "화순", Bio),
        new("대구기계부품진흥원", "Daegu Machine Parts Agency", "dmpa", "대구", Machinery, Mobility),
        new("부산해양산업진흥원", "Busan Marine Industry Agency", "bmia", "부산", Marine, Machinery),
        new("울산조선기술원", "Ulsan Shipbuilding Technology Institute", "usti", "울산", Marine, Electronics),
        new("광주광융합연구원", "Gwangju Photonics Convergence Institute", "gpci", "광주", Electronics, Mobility),
        new("강원의료기기산업원", "Gangwon Medical Device Industry Institute", "gmdi", "원주", Bio),
        new("인천바이오융합원", "Incheon Bio-Convergence Institute", "ibci", "인천(송도)", Bio, Materials),
        new("경기스마트제조진흥원", "Gyeonggi Smart Manufacturing Agency", "gsma", "시흥", Machinery, Materials),
        new("대전첨단기술진흥원", "Daejeon Advanced Technology Agency", "data", "대전", Electronics, Mobility, Machinery),
        new("세종미래산업원", "Sejong Future Industry Institute", "sfii", "세종", Mobility, Electronics),
        new("포항신소재산업원", "Pohang New Materials Industry Institute", "pnmi", "포항", Materials, Electronics),
        new("구미전자산업진흥원", "Gumi Electronics Industry Agency", "geia", "구미", Electronics),
        new("창원정밀기계연구원", "Changwon Precision Machinery Institute", "cpmi", "창원", Machinery, Mobility),
        new("김해의생명산업원", "Gimhae Biomedical Industry Institute", "gbmi", "김해", Bio, Machinery),
        new("군산그린에너지원", "Gunsan Green Energy Institute", "ggei", "군산", Electronics, Marine),
        new("여수화학소재진흥원", "Yeosu Chemical Materials Agency", "ycma", "여수", Materials),
        new("목포해양기술원", "Mokpo Marine Technology Institute", "mmti", "목포", Marine),
        new("거제조선해양연구원", "Geoje Shipbuilding and Ocean Institute", "gsoi", "거제", Marine),
        new("진주세라믹연구원", "Jinju Ceramics Institute", "jci", "진주", Materials),
        new("오송바이오의약원", "Osong Biopharmaceutical Institute", "obpi", "청주(오송)", Bio),
        new("천안자동차부품진흥원", "Cheonan Automotive Parts Agency", "capa", "천안", Mobility),
        new("영천항공부품산업원", "Yeongcheon Aircraft Parts Institute", "yapi", "영천", Mobility, Materials),
        new("사천항공우주진흥원", "Sacheon Aerospace Agency", "saa", "사천", Mobility),
        new("익산바이오소재원", "Iksan Biomaterials Institute", "ibmi", "익산", Bio, Materials),
        new("나주에너지밸리기술원", "Naju Energy Valley Technology Institute", "nevti", "나주", Electronics),
        new("춘천바이오산업원", "Chuncheon Bio-Industry Institute", "cbii", "춘천", Bio),
        new("안산스마트허브진흥원", "Ansan Smart Hub Agency", "asha", "안산", Machinery, Materials, Electronics),
        new("평택반도체산업원", "Pyeongtaek Semiconductor Industry Institute", "psii", "평택", Electronics),
        new("이천반도체기술원", "Icheon Semiconductor Technology Institute", "isti", "이천", Electronics, Materials),
        new("청주이차전지진흥원", "Cheongju Battery Industry Agency", "cbia", "청주(오창)", Electronics, Materials),
        new("영광e-모빌리티연구원", "Yeonggwang e-Mobility Institute", "yemi", "영광", Mobility),
        new("상주이차전지소재원", "Sangju Battery Materials Institute", "sbmi", "상주", Materials),
        new("제주에너지기술원", "Jeju Energy Technology Institute", "jeti", "제주", Electronics, Marine),
        new("통영해양기자재원", "Tongyeong Marine Equipment Institute", "tmei", "통영", Marine),
        new("시흥바이오헬스원", "Siheung Bio-Health Institute", "sbhi", "시흥", Bio),
    ];

    /// <summary>The kinds of center of each industry, each with the super-gap fields its equipment serves.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<EquipmentCenterType>> CenterTypes { get; } = new Dictionary<string, IReadOnlyList<EquipmentCenterType>>(StringComparer.Ordinal)
    {
        [Machinery] =
        [
            T("정밀측정센터", "Precision Measurement Center", "metrology", Machinery, "ADVANCED_MANUFACTURING"),
            T("로봇실증센터", "Robot Demonstration Center", "robot", Machinery, "INTELLIGENT_ROBOT"),
            T("스마트제조 혁신센터", "Smart Manufacturing Innovation Center", "smart-mfg", Machinery, "ADVANCED_MANUFACTURING", "INTELLIGENT_ROBOT"),
            T("기계부품 신뢰성센터", "Machine Parts Reliability Center", "reliability", Machinery, "ADVANCED_MANUFACTURING", "CORE_MATERIALS"),
            T("원전 기자재 검증센터", "Nuclear Equipment Qualification Center", "nuclear", Machinery, "NEXTGEN_NUCLEAR"),
            T("협동로봇 시험평가센터", "Collaborative Robot Testing Center", "cobot", Machinery, "INTELLIGENT_ROBOT"),
            T("뿌리기술 지원센터", "Root Industry Technology Support Center", "root-tech", Machinery, "ADVANCED_MANUFACTURING"),
            T("에너지기계 실증센터", "Energy Machinery Demonstration Center", "energy-machinery", Machinery, "NEXTGEN_NUCLEAR", "ADVANCED_MANUFACTURING"),
        ],
        [Bio] =
        [
            T("바이오의약 GMP 지원센터", "Biopharmaceutical GMP Support Center", "gmp", Bio, "ADVANCED_BIO"),
            T("세포치료제 생산지원센터", "Cell Therapy Manufacturing Support Center", "cell", Bio, "ADVANCED_BIO"),
            T("바이오소재 분석센터", "Biomaterials Analysis Center", "biomaterials", Bio, "ADVANCED_BIO", "CORE_MATERIALS"),
            T("의료기기 시험평가센터", "Medical Device Testing Center", "meddevice", Bio, "ADVANCED_BIO", "ADVANCED_MANUFACTURING"),
            T("유전체 분석센터", "Genomics Analysis Center", "genomics", Bio, "ADVANCED_BIO"),
            T("천연물 소재 지원센터", "Natural Products Support Center", "natural", Bio, "ADVANCED_BIO"),
            T("백신 공정개발센터", "Vaccine Process Development Center", "vaccine", Bio, "ADVANCED_BIO"),
        ],
        [Materials] =
        [
            T("첨단소재분석센터", "Advanced Materials Analysis Center", "materials", Materials, "CORE_MATERIALS"),
            T("금속 3D프린팅 지원센터", "Metal 3D Printing Support Center", "am", Materials, "ADVANCED_MANUFACTURING", "CORE_MATERIALS"),
            T("탄소소재 실증센터", "Carbon Materials Demonstration Center", "carbon", Materials, "CORE_MATERIALS", "AEROSPACE_DEFENSE"),
            T("세라믹소재 지원센터", "Ceramic Materials Support Center", "ceramics", Materials, "CORE_MATERIALS", "SEMICONDUCTOR"),
            T("이차전지 소재 분석센터", "Battery Materials Analysis Center", "battery-materials", Materials, "CORE_MATERIALS", "SECONDARY_BATTERY"),
            T("화학소재 시험센터", "Chemical Materials Testing Center", "chem", Materials, "CORE_MATERIALS"),
            T("표면처리 기술지원센터", "Surface Treatment Support Center", "surface", Materials, "CORE_MATERIALS", "ADVANCED_MANUFACTURING"),
        ],
        [Mobility] =
        [
            T("미래차 부품 시험센터", "Future Vehicle Parts Testing Center", "mobility", Mobility, "FUTURE_MOBILITY"),
            T("항공부품 인증지원센터", "Aerospace Parts Certification Center", "aero", Mobility, "AEROSPACE_DEFENSE"),
            T("자율주행 실증센터", "Autonomous Driving Demonstration Center", "autonomous", Mobility, "FUTURE_MOBILITY", "INTELLIGENT_ROBOT"),
            T("전기차 구동부품 평가센터", "EV Powertrain Evaluation Center", "ev-powertrain", Mobility, "FUTURE_MOBILITY", "SECONDARY_BATTERY"),
            T("드론·UAM 시험센터", "Drone and UAM Testing Center", "uam", Mobility, "AEROSPACE_DEFENSE", "FUTURE_MOBILITY"),
            T("방산부품 신뢰성센터", "Defence Parts Reliability Center", "defence", Mobility, "AEROSPACE_DEFENSE", "CORE_MATERIALS"),
            T("자동차 전장부품 EMC센터", "Automotive Electronics EMC Center", "emc", Mobility, "FUTURE_MOBILITY", "SEMICONDUCTOR"),
        ],
        [Electronics] =
        [
            T("이차전지 시험평가센터", "Battery Testing and Evaluation Center", "battery", Electronics, "SECONDARY_BATTERY"),
            T("반도체 공정지원센터", "Semiconductor Process Support Center", "semicon", Electronics, "SEMICONDUCTOR"),
            T("디스플레이 신뢰성평가센터", "Display Reliability Evaluation Center", "display", Electronics, "DISPLAY"),
            T("수소에너지 실증센터", "Hydrogen Energy Demonstration Center", "hydrogen", Electronics, "NEW_ENERGY"),
            T("전력반도체 신뢰성센터", "Power Semiconductor Reliability Center", "power-semi", Electronics, "SEMICONDUCTOR", "FUTURE_MOBILITY"),
            T("태양광 모듈 평가센터", "PV Module Evaluation Center", "pv", Electronics, "NEW_ENERGY", "DISPLAY"),
            T("ESS 안전성 평가센터", "ESS Safety Evaluation Center", "ess", Electronics, "SECONDARY_BATTERY", "NEW_ENERGY"),
            T("반도체 패키징 지원센터", "Semiconductor Packaging Support Center", "packaging", Electronics, "SEMICONDUCTOR", "ADVANCED_MANUFACTURING"),
        ],
        [Marine] =
        [
            T("조선해양기자재 시험인증센터", "Marine Equipment Testing and Certification Center", "marine", Marine, "ADVANCED_MANUFACTURING", "NEW_ENERGY"),
            T("LNG 기자재 실증센터", "LNG Equipment Demonstration Center", "lng", Marine, "ADVANCED_MANUFACTURING", "CORE_MATERIALS"),
            T("친환경선박 실증센터", "Green Ship Demonstration Center", "green-ship", Marine, "NEW_ENERGY", "FUTURE_MOBILITY"),
            T("해양플랜트 기자재센터", "Offshore Plant Equipment Center", "offshore", Marine, "ADVANCED_MANUFACTURING"),
            T("선박 전장 시험센터", "Ship Electronics Testing Center", "ship-electronics", Marine, "ADVANCED_MANUFACTURING", "SEMICONDUCTOR"),
            T("해양 부식방지 기술센터", "Marine Corrosion Protection Center", "corrosion", Marine, "CORE_MATERIALS"),
            T("수중로봇 실증센터", "Underwater Robot Demonstration Center", "underwater", Marine, "INTELLIGENT_ROBOT", "ADVANCED_MANUFACTURING"),
        ],
    };

    public static IReadOnlyList<PlatformRepresentative> Representatives { get; } =
    [
        new(Machinery, "한국기계로봇융합연구원", "Korea Machinery and Robotics Convergence Institute", "kmrci", "창원", 1991, "ADVANCED_MANUFACTURING", "INTELLIGENT_ROBOT"),
        new(Bio, "한국바이오산업기술원", "Korea Bio-Industry Technology Institute", "kbiti", "청주(오송)", 2003, "ADVANCED_BIO"),
        new(Materials, "한국소재부품시험연구원", "Korea Materials and Components Testing Institute", "kmcti", "진주", 1985, "CORE_MATERIALS"),
        new(Mobility, "한국모빌리티항공시험원", "Korea Mobility and Aviation Testing Institute", "kmati", "천안", 1994, "FUTURE_MOBILITY", "AEROSPACE_DEFENSE"),
        new(Electronics, "한국전기전자시험연구원", "Korea Electrical and Electronics Testing Institute", "keeti", "안양", 1979, "SECONDARY_BATTERY", "SEMICONDUCTOR", "NEW_ENERGY"),
        new(Marine, "한국해양플랜트기자재시험원", "Korea Marine Plant Equipment Testing Institute", "kmpeti", "부산", 1997, "ADVANCED_MANUFACTURING", "NEW_ENERGY"),
    ];

    private static EquipmentCenterType T(string ko, string en, string slug, string industry, params string[] fields) => new(ko, en, slug, industry, fields);
}
