namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>A name part in Korean, its romanisation and a short form for web addresses.</summary>
internal sealed record OrgNamePart(string Ko, string En, string Slug);

/// <summary>How Korean companies of one field are named, where they sit and which industries they belong to.</summary>
internal sealed record CompanyFieldProfile(
    string FieldCode, int Weight, IReadOnlyList<OrgNamePart> Suffixes, IReadOnlyList<string> Cities, IReadOnlyList<string> Industries);

/// <summary>A Korean government-funded research institute.</summary>
internal sealed record InstituteName(string Ko, string En, string Slug, string City, int Founded, params string[] Fields);

/// <summary>A university research centre or department-level institute.</summary>
internal sealed record ResearchCenterName(string Ko, string En, string Slug, params string[] Fields);

/// <summary>A shared-equipment centre run by a regional technopark or industry promotion agency.</summary>
internal sealed record EquipmentCenterName(string HostKo, string HostEn, string HostSlug, string City, int Type);

/// <summary>A kind of shared-equipment centre and what it serves.</summary>
internal sealed record EquipmentCenterType(string Ko, string En, string Slug, string Industry, params string[] Fields);

/// <summary>Names of Korean companies, institutes, universities and equipment centres.</summary>
internal static class DemoOrganizationNames
{
    public static IReadOnlyList<OrgNamePart> CompanyPrefixes { get; } =
    [
        new("한빛", "Hanbit", "hanbit"), new("세진", "Sejin", "sejin"), new("대성", "Daesung", "daesung"), new("동양", "Dongyang", "dongyang"),
        new("태광", "Taegwang", "taegwang"), new("신성", "Shinsung", "shinsung"), new("우진", "Woojin", "woojin"), new("성진", "Sungjin", "sungjin"),
        new("한울", "Hanul", "hanul"), new("미래", "Mirae", "mirae"), new("새한", "Saehan", "saehan"), new("가온", "Gaon", "gaon"),
        new("누리", "Nuri", "nuri"), new("다온", "Daon", "daon"), new("라온", "Raon", "raon"), new("마루", "Maru", "maru"),
        new("아름", "Areum", "areum"), new("하람", "Haram", "haram"), new("한결", "Hangyeol", "hangyeol"), new("해담", "Haedam", "haedam"),
        new("나래", "Narae", "narae"), new("청솔", "Cheongsol", "cheongsol"), new("푸른", "Pureun", "pureun"), new("새움", "Saeum", "saeum"),
        new("도담", "Dodam", "dodam"), new("이룸", "Irum", "irum"), new("예담", "Yedam", "yedam"), new("케이엠", "KM", "km"),
        new("에스티", "ST", "st"), new("제이에스", "JS", "js"), new("디엔", "DN", "dn"), new("에이치제이", "HJ", "hj"),
        new("대명", "Daemyung", "daemyung"), new("금강", "Geumgang", "geumgang"), new("삼원", "Samwon", "samwon"), new("동진", "Dongjin", "dongjin"),
        new("영신", "Youngshin", "youngshin"), new("태성", "Taesung", "taesung"), new("한성", "Hansung", "hansung"), new("정우", "Jungwoo", "jungwoo"),
        new("신영", "Shinyoung", "shinyoung"), new("광명", "Gwangmyeong", "gwangmyeong"), new("서진", "Seojin", "seojin"), new("유니", "Uni", "uni"),
        new("제일", "Jeil", "jeil"), new("삼영", "Samyoung", "samyoung"), new("대원", "Daewon", "daewon"), new("한라", "Halla", "halla"),
        new("백두", "Baekdu", "baekdu"), new("온새", "Onsae", "onsae"), new("비츠", "Bits", "bits"), new("뉴로", "Neuro", "neuro"),
        new("퀀텀", "Quantum", "quantum"), new("에코", "Eco", "eco"), new("지엔", "GN", "gn"), new("테라", "Tera", "tera"),
        new("코어", "Core", "core"), new("루미", "Lumi", "lumi"), new("아이엠", "IM", "im"), new("씨앤", "C&", "cn"),
        new("명성", "Myungsung", "myungsung"), new("진성", "Jinsung", "jinsung"), new("한솔", "Hansol", "hansol"), new("보성", "Bosung", "bosung"),
    ];

    public static IReadOnlyList<CompanyFieldProfile> CompanyProfiles { get; } =
    [
        new("SEMICONDUCTOR", 3, S("반도체", "Semiconductor", "semi", "세미텍", "Semitech", "semitech", "실리콘", "Silicon", "silicon", "나노텍", "Nanotech", "nanotech"),
            ["이천", "용인", "화성", "평택", "수원", "성남(판교)", "청주"], ["ELECTRICAL_ELECTRONICS", "MATERIALS"]),
        new("DISPLAY", 2, S("디스플레이", "Display", "display", "옵토", "Opto", "opto", "포토닉스", "Photonics", "photonics"),
            ["아산", "천안", "파주", "구미", "용인"], ["ELECTRICAL_ELECTRONICS", "MATERIALS"]),
        new("SECONDARY_BATTERY", 3, S("에너지", "Energy", "energy", "배터리", "Battery", "battery", "머티리얼즈", "Materials", "materials", "셀텍", "Celltech", "celltech"),
            ["청주(오창)", "포항", "울산", "천안", "구미", "대전"], ["ELECTRICAL_ELECTRONICS", "MATERIALS", "AUTOMOTIVE_AEROSPACE"]),
        new("FUTURE_MOBILITY", 2, S("모빌리티", "Mobility", "mobility", "오토텍", "Autotech", "autotech", "모터스", "Motors", "motors"),
            ["화성", "울산", "광주", "대구", "세종", "성남(판교)"], ["AUTOMOTIVE_AEROSPACE", "MACHINERY_ROBOTICS"]),
        new("CORE_MATERIALS", 2, S("정밀소재", "Precision Materials", "pm", "케미칼", "Chemical", "chem", "신소재", "Advanced Materials", "am", "메탈", "Metal", "metal"),
            ["울산", "여수", "포항", "전주", "창원", "시흥"], ["MATERIALS"]),
        new("INTELLIGENT_ROBOT", 2, S("로보틱스", "Robotics", "robotics", "로봇", "Robot", "robot", "메카트로닉스", "Mechatronics", "mechatronics"),
            ["대구", "창원", "부천", "안산", "성남(판교)", "포항"], ["MACHINERY_ROBOTICS"]),
        new("ADVANCED_MANUFACTURING", 3, S("정밀", "Precision", "precision", "정공", "Precision Machinery", "pmc", "엔지니어링", "Engineering", "eng", "테크", "Tech", "tech"),
            ["창원", "안산", "인천", "김해", "시흥", "대구"], ["MACHINERY_ROBOTICS", "SHIPBUILDING_MARINE"]),
        new("AEROSPACE_DEFENSE", 1, S("에어로", "Aero", "aero", "에어로스페이스", "Aerospace", "aerospace", "디펜스", "Defense", "defense"),
            ["사천", "창원", "대전", "구미"], ["AUTOMOTIVE_AEROSPACE"]),
        new("NEXTGEN_NUCLEAR", 1, S("파워", "Power", "power", "뉴클리어", "Nuclear", "nuclear", "엔텍", "Entec", "entec"),
            ["창원", "대전", "경주", "부산"], ["MACHINERY_ROBOTICS", "SHIPBUILDING_MARINE", "MATERIALS"]),
        new("ADVANCED_BIO", 2, S("바이오", "Bio", "bio", "바이오로직스", "Biologics", "biologics", "제약", "Pharmaceutical", "pharm", "테라퓨틱스", "Therapeutics", "tx"),
            ["인천(송도)", "청주(오송)", "서울", "대전", "원주", "성남(판교)"], ["BIO"]),
        new("NEW_ENERGY", 2, S("그린텍", "Greentech", "greentech", "수소", "Hydrogen", "h2", "솔라", "Solar", "solar", "에너지솔루션", "Energy Solutions", "es"),
            ["울산", "광주", "창원", "군산", "부산", "나주"], ["ELECTRICAL_ELECTRONICS", "SHIPBUILDING_MARINE"]),
    ];

    public static IReadOnlyList<InstituteName> Institutes { get; } =
    [
        new("한국첨단소재연구원", "Korea Institute of Advanced Materials", "kiam", "창원", 1976, "CORE_MATERIALS", "SECONDARY_BATTERY"),
        new("한국차세대반도체연구원", "Korea Next-Generation Semiconductor Research Institute", "knsri", "수원", 2004, "SEMICONDUCTOR", "DISPLAY"),
        new("한국이차전지기술연구원", "Korea Battery Technology Institute", "kbti", "청주(오창)", 2012, "SECONDARY_BATTERY"),
        new("한국지능로봇연구원", "Korea Intelligent Robotics Research Institute", "kirri", "대구", 2008, "INTELLIGENT_ROBOT", "ADVANCED_MANUFACTURING"),
        new("한국스마트제조기술원", "Korea Institute of Smart Manufacturing", "kism", "천안", 1989, "ADVANCED_MANUFACTURING", "CORE_MATERIALS"),
        new("한국미래모빌리티연구원", "Korea Future Mobility Research Institute", "kfmri", "화성", 2010, "FUTURE_MOBILITY", "SECONDARY_BATTERY"),
        new("한국항공우주기술연구소", "Korea Aerospace Technology Laboratory", "katl", "대전", 1989, "AEROSPACE_DEFENSE"),
        new("국방첨단기술연구소", "Institute for Advanced Defense Technology", "iadt", "대전", 1995, "AEROSPACE_DEFENSE", "INTELLIGENT_ROBOT"),
        new("한국차세대원자력연구원", "Korea Advanced Nuclear Energy Research Institute", "kaneri", "대전", 1959, "NEXTGEN_NUCLEAR"),
        new("한국바이오융합연구원", "Korea Bio-Convergence Research Institute", "kbcri", "청주(오송)", 2006, "ADVANCED_BIO"),
        new("한국수소에너지연구원", "Korea Hydrogen Energy Research Institute", "kheri", "울산", 2014, "NEW_ENERGY", "FUTURE_MOBILITY"),
        new("한국디스플레이융합연구원", "Korea Display Convergence Institute", "kdci", "아산", 2009, "DISPLAY"),
        new("한국해양에너지플랜트연구소", "Korea Marine Energy and Plant Institute", "kmepi", "부산", 2001, "NEW_ENERGY", "ADVANCED_MANUFACTURING"),
        new("한국탄소융합소재연구원", "Korea Carbon Convergence Materials Institute", "kccmi", "전주", 2008, "CORE_MATERIALS", "AEROSPACE_DEFENSE"),
        new("한국재생의료연구원", "Korea Regenerative Medicine Institute", "krmi", "서울", 2013, "ADVANCED_BIO"),
        new("한국태양광기술연구원", "Korea Photovoltaic Technology Institute", "kpvti", "광주", 2011, "NEW_ENERGY"),
        new("한국자율주행기술원", "Korea Autonomous Driving Technology Institute", "kadti", "세종", 2017, "FUTURE_MOBILITY", "INTELLIGENT_ROBOT"),
    ];

    public static IReadOnlyList<OrgNamePart> Universities { get; } =
    [
        new("한결대학교", "Hangyeol University", "hangyeol-u"), new("새빛대학교", "Saebit University", "saebit-u"),
        new("가람과학기술원", "Garam Institute of Science and Technology", "garam-ist"), new("누리공과대학교", "Nuri University of Technology", "nuri-tech"),
        new("해솔대학교", "Haesol University", "haesol-u"), new("다온대학교", "Daon University", "daon-u"),
        new("미르과학기술대학교", "Mir University of Science and Technology", "mir-ust"), new("온누리대학교", "Onnuri University", "onnuri-u"),
        new("한마루대학교", "Hanmaru University", "hanmaru-u"), new("세움공과대학교", "Seum University of Technology", "seum-tech"),
    ];

    public static IReadOnlyList<string> UniversityCities { get; } = ["서울", "서울", "대전", "수원", "부산", "광주", "울산", "대구", "창원", "청주"];

    public static IReadOnlyList<ResearchCenterName> ResearchCenters { get; } =
    [
        new("차세대배터리연구센터", "Next-Generation Battery Research Center", "battery", "SECONDARY_BATTERY", "CORE_MATERIALS"),
        new("반도체공정연구센터", "Semiconductor Process Research Center", "semicon", "SEMICONDUCTOR"),
        new("첨단패키징연구센터", "Advanced Packaging Research Center", "packaging", "SEMICONDUCTOR", "ADVANCED_MANUFACTURING"),
        new("지능로봇연구센터", "Intelligent Robotics Research Center", "robotics", "INTELLIGENT_ROBOT"),
        new("첨단바이오의약연구소", "Advanced Biopharmaceutical Research Institute", "biopharm", "ADVANCED_BIO"),
        new("수소에너지연구센터", "Hydrogen Energy Research Center", "hydrogen", "NEW_ENERGY", "FUTURE_MOBILITY"),
        new("항공우주구조연구실", "Aerospace Structures Laboratory", "aerospace", "AEROSPACE_DEFENSE", "CORE_MATERIALS"),
        new("원자력안전연구센터", "Nuclear Safety Research Center", "nuclear", "NEXTGEN_NUCLEAR"),
        new("디스플레이소자연구센터", "Display Device Research Center", "display", "DISPLAY"),
        new("스마트제조연구센터", "Smart Manufacturing Research Center", "smart-mfg", "ADVANCED_MANUFACTURING", "INTELLIGENT_ROBOT"),
        new("미래자동차연구센터", "Future Vehicle Research Center", "mobility", "FUTURE_MOBILITY"),
        new("신소재공학연구소", "Institute of Advanced Materials Engineering", "materials", "CORE_MATERIALS"),
        new("태양에너지연구센터", "Solar Energy Research Center", "solar", "NEW_ENERGY", "DISPLAY"),
    ];

    public static IReadOnlyList<EquipmentCenterType> EquipmentCenterTypes { get; } =
    [
        new("정밀측정센터", "Precision Measurement Center", "metrology", "MACHINERY_ROBOTICS", "ADVANCED_MANUFACTURING"),
        new("첨단소재분석센터", "Advanced Materials Analysis Center", "materials", "MATERIALS", "CORE_MATERIALS"),
        new("이차전지 시험평가센터", "Battery Testing and Evaluation Center", "battery", "ELECTRICAL_ELECTRONICS", "SECONDARY_BATTERY"),
        new("로봇실증센터", "Robot Demonstration Center", "robot", "MACHINERY_ROBOTICS", "INTELLIGENT_ROBOT"),
        new("바이오의약 GMP 지원센터", "Biopharmaceutical GMP Support Center", "gmp", "BIO", "ADVANCED_BIO"),
        new("반도체 공정지원센터", "Semiconductor Process Support Center", "semicon", "ELECTRICAL_ELECTRONICS", "SEMICONDUCTOR"),
        new("디스플레이 신뢰성평가센터", "Display Reliability Evaluation Center", "display", "ELECTRICAL_ELECTRONICS", "DISPLAY"),
        new("조선해양기자재 시험인증센터", "Marine Equipment Testing and Certification Center", "marine", "SHIPBUILDING_MARINE", "ADVANCED_MANUFACTURING", "NEW_ENERGY"),
        new("항공부품 인증지원센터", "Aerospace Parts Certification Center", "aero", "AUTOMOTIVE_AEROSPACE", "AEROSPACE_DEFENSE"),
        new("수소에너지 실증센터", "Hydrogen Energy Demonstration Center", "hydrogen", "ELECTRICAL_ELECTRONICS", "NEW_ENERGY"),
        new("미래차 부품 시험센터", "Future Vehicle Parts Testing Center", "mobility", "AUTOMOTIVE_AEROSPACE", "FUTURE_MOBILITY"),
        new("원전 기자재 검증센터", "Nuclear Equipment Qualification Center", "nuclear", "MACHINERY_ROBOTICS", "NEXTGEN_NUCLEAR"),
        new("금속 3D프린팅 지원센터", "Metal 3D Printing Support Center", "am", "MATERIALS", "ADVANCED_MANUFACTURING", "CORE_MATERIALS"),
        new("전력반도체 신뢰성센터", "Power Semiconductor Reliability Center", "power-semi", "ELECTRICAL_ELECTRONICS", "SEMICONDUCTOR", "FUTURE_MOBILITY"),
        new("세포치료제 생산지원센터", "Cell Therapy Manufacturing Support Center", "cell", "BIO", "ADVANCED_BIO"),
    ];

    public static IReadOnlyList<EquipmentCenterName> EquipmentCenters { get; } =
    [
        new("경북테크노파크", "Gyeongbuk Technopark", "gbtp", "경산", 0), new("경북테크노파크", "Gyeongbuk Technopark", "gbtp", "포항", 2),
        new("경남테크노파크", "Gyeongnam Technopark", "gntp", "창원", 3), new("경남테크노파크", "Gyeongnam Technopark", "gntp", "사천", 8),
        new("충북테크노파크", "Chungbuk Technopark", "cbtp", "청주(오송)", 4), new("충북테크노파크", "Chungbuk Technopark", "cbtp", "청주(오창)", 2),
        new("충남테크노파크", "Chungnam Technopark", "cntp", "아산", 6), new("충남테크노파크", "Chungnam Technopark", "cntp", "천안", 5),
        new("전북테크노파크", "Jeonbuk Technopark", "jbtp", "전주", 1), new("전남테크노파크", "Jeonnam Technopark", "jntp", "여수", 1),
        new("대구테크노파크", "Daegu Technopark", "dgtp", "대구", 3), new("대구테크노파크", "Daegu Technopark", "dgtp", "대구", 10),
        new("부산테크노파크", "Busan Technopark", "btp", "부산", 7), new("울산테크노파크", "Ulsan Technopark", "utp", "울산", 9),
        new("울산테크노파크", "Ulsan Technopark", "utp", "울산", 7), new("광주테크노파크", "Gwangju Technopark", "gjtp", "광주", 10),
        new("강원테크노파크", "Gangwon Technopark", "gwtp", "원주", 14), new("인천테크노파크", "Incheon Technopark", "itp", "인천(송도)", 4),
        new("경기테크노파크", "Gyeonggi Technopark", "gtp", "안산", 0), new("경기테크노파크", "Gyeonggi Technopark", "gtp", "화성", 13),
        new("대전테크노파크", "Daejeon Technopark", "djtp", "대전", 11), new("세종테크노파크", "Sejong Technopark", "sjtp", "세종", 10),
        new("포항테크노파크", "Pohang Technopark", "phtp", "포항", 12), new("경남테크노파크", "Gyeongnam Technopark", "gntp", "창원", 11),
        new("경기테크노파크", "Gyeonggi Technopark", "gtp", "수원", 5), new("전남테크노파크", "Jeonnam Technopark", "jntp", "나주", 9),
    ];

    public static IReadOnlyDictionary<string, string> IndustryNamesKo { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["MACHINERY_ROBOTICS"] = "기계로봇",
        ["BIO"] = "바이오",
        ["MATERIALS"] = "소재",
        ["AUTOMOTIVE_AEROSPACE"] = "자동차항공",
        ["ELECTRICAL_ELECTRONICS"] = "전기전자",
        ["SHIPBUILDING_MARINE"] = "조선해양",
    };

    private static OrgNamePart[] S(params string[] triples) =>
        Enumerable.Range(0, triples.Length / 3).Select(i => new OrgNamePart(triples[3 * i], triples[(3 * i) + 1], triples[(3 * i) + 2])).ToArray();
}
