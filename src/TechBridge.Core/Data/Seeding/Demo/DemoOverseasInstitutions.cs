namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>A fictional overseas university, institute or company; with focus fields it only hosts units of those fields.</summary>
internal sealed record OverseasHost(string En, string Ko, string City, string Domain, int Founded, bool IsCompany, IReadOnlyList<string> Fields)
{
    public bool Hosts(string fieldCode) => Fields.Count == 0 || Fields.Contains(fieldCode);
}

/// <summary>
/// An overseas country in the demo: how many institutions to create there, how strongly overseas Korean
/// engineers are drawn to it, and the naming cultures of its researchers (the first one dominant).
/// </summary>
internal sealed record OverseasCountry(
    string Code, string NameKo, int Institutions, int KoreanEngineerWeight, IReadOnlyList<NameCulture> Cultures, IReadOnlyList<OverseasHost> Hosts);

/// <summary>A laboratory, group or centre working on one topic of a field.</summary>
internal sealed record OverseasUnit(string FieldCode, int Topic, string En, string Ko, string Slug);

internal static class DemoOverseasInstitutions
{
    private static readonly NameCulture[] Anglo = [DemoForeignNames.Anglo, DemoForeignNames.Chinese, DemoForeignNames.Indian];

    public static IReadOnlyList<OverseasCountry> Countries { get; } =
    [
        new("US", "미국", 18, 10, Anglo,
        [
            Academic("Northbridge Institute of Technology", "노스브리지 공과대학", "Boston", "northbridge", 1887),
            Academic("Great Lakes State University", "그레이트레이크스 주립대학교", "Ann Arbor", "greatlakes", 1851),
            Academic("Pacific Coast University", "퍼시픽코스트 대학교", "San Diego", "pacificcoast", 1912),
            Academic("Lone Star Institute of Technology", "론스타 공과대학", "Austin", "lonestar", 1923),
            Academic("Carolina Research University", "캐롤라이나 연구대학교", "Raleigh", "carolina-research", 1889),
            Company("Voltaris Technologies Inc.", "볼타리스 테크놀로지스", "Fremont", "voltaris", 2009, "SECONDARY_BATTERY", "NEW_ENERGY", "FUTURE_MOBILITY"),
            Company("Aldercrest Biotherapeutics", "올더크레스트 바이오테라퓨틱스", "Cambridge", "aldercrest", 2011, "ADVANCED_BIO"),
        ]),
        new("DE", "독일", 11, 5, [DemoForeignNames.German, DemoForeignNames.Anglo],
        [
            Academic("Rhineland Technical University", "라인란트 공과대학교", "Aachen", "rhineland-tu", 1870),
            Academic("Bavarian Institute for Applied Research", "바이에른 응용연구소", "Munich", "bavarian-iar", 1962),
            Academic("Saxon Institute of Materials Technology", "작센 소재기술연구소", "Dresden", "saxon-imt", 1992, "CORE_MATERIALS", "SEMICONDUCTOR", "SECONDARY_BATTERY", "DISPLAY"),
            Academic("Swabian Technical University", "슈바벤 공과대학교", "Stuttgart", "swabian-tu", 1829),
            Academic("Hanseatic Institute for Energy Systems", "한자 에너지시스템연구소", "Hamburg", "hanseatic-energy", 1998, "NEW_ENERGY", "NEXTGEN_NUCLEAR", "SECONDARY_BATTERY"),
            Company("Kessler Antriebstechnik GmbH", "케슬러 구동기술", "Stuttgart", "kessler-antrieb", 1964, "FUTURE_MOBILITY", "ADVANCED_MANUFACTURING", "INTELLIGENT_ROBOT"),
        ]),
        new("JP", "일본", 9, 3, [DemoForeignNames.Japanese],
        [
            Academic("Kansai Institute of Science and Technology", "간사이 과학기술원", "Osaka", "kansai-ist", 1949),
            Academic("Sendai Institute of Advanced Materials", "센다이 첨단소재연구소", "Sendai", "sendai-iam", 1957, "CORE_MATERIALS", "SECONDARY_BATTERY", "SEMICONDUCTOR", "DISPLAY"),
            Academic("Tsukuba Organization for Industrial Science", "쓰쿠바 산업과학연구기구", "Tsukuba", "tsukuba-ois", 1979),
            Academic("Owari Institute of Technology", "오와리 공과대학", "Nagoya", "owari-tech", 1939),
            Company("Kanto Photonics Corporation", "간토 포토닉스", "Yokohama", "kanto-photonics", 1971, "DISPLAY", "SEMICONDUCTOR"),
        ]),
        new("GB", "영국", 6, 2, [DemoForeignNames.Anglo, DemoForeignNames.Indian],
        [
            Academic("University of Northfield", "노스필드 대학교", "Manchester", "northfield", 1851),
            Academic("Thames Institute of Science", "템스 과학연구소", "London", "thames-science", 1907),
            Academic("Caledonian Institute of Technology", "칼레도니아 공과대학", "Edinburgh", "caledonian-tech", 1821),
            Academic("Midlands Advanced Manufacturing Centre", "미들랜즈 첨단제조센터", "Coventry", "midlands-amc", 2011, "ADVANCED_MANUFACTURING", "AEROSPACE_DEFENSE"),
        ]),
        new("FR", "프랑스", 5, 1, [DemoForeignNames.French],
        [
            Academic("Grenoble Institute for Micro- and Nanotechnology", "그르노블 마이크로나노기술연구소", "Grenoble", "grenoble-imn", 1967, "SEMICONDUCTOR", "DISPLAY", "NEXTGEN_NUCLEAR"),
            Academic("Lyon Institute of Light and Matter", "리옹 광물질연구소", "Lyon", "lyon-ilm", 1970, "DISPLAY", "SEMICONDUCTOR", "CORE_MATERIALS", "NEW_ENERGY"),
            Academic("Toulouse Aerospace Research Institute", "툴루즈 항공우주연구소", "Toulouse", "toulouse-ari", 1946, "AEROSPACE_DEFENSE", "FUTURE_MOBILITY", "INTELLIGENT_ROBOT"),
            Academic("Provence Polytechnic Institute", "프로방스 폴리테크닉", "Marseille", "provence-poly", 1972),
        ]),
        new("CA", "캐나다", 4, 2, [DemoForeignNames.Anglo, DemoForeignNames.French, DemoForeignNames.Chinese],
        [
            Academic("University of Laurentia", "로렌시아 대학교", "Montreal", "laurentia", 1878),
            Academic("Cascadia Institute of Technology", "캐스케이디아 공과대학", "Vancouver", "cascadia-tech", 1915),
            Academic("Ontario Institute for Advanced Manufacturing", "온타리오 첨단제조연구소", "Toronto", "ontario-iam", 1988, "ADVANCED_MANUFACTURING", "INTELLIGENT_ROBOT", "FUTURE_MOBILITY"),
        ]),
        new("CH", "스위스", 4, 1, [DemoForeignNames.German, DemoForeignNames.French, DemoForeignNames.Italian],
        [
            Academic("Alpine Institute of Technology", "알파인 공과대학", "Zurich", "alpine-tech", 1855),
            Academic("Lémanic Institute of Life Sciences", "레만 생명과학연구소", "Lausanne", "lemanic-ils", 1969, "ADVANCED_BIO"),
            Company("Rheinhafen Biopharma AG", "라인하펜 바이오파마", "Basel", "rheinhafen-bio", 1996, "ADVANCED_BIO"),
        ]),
        new("NL", "네덜란드", 4, 1, [DemoForeignNames.Dutch],
        [
            Academic("Delta University of Technology", "델타 공과대학교", "Delft", "delta-tu", 1842),
            Academic("Brabant Institute for High-Tech Systems", "브라반트 하이테크시스템연구소", "Eindhoven", "brabant-hts", 1990, "SEMICONDUCTOR", "ADVANCED_MANUFACTURING", "INTELLIGENT_ROBOT", "DISPLAY"),
            Academic("Wadden Energy Institute", "바덴 에너지연구소", "Groningen", "wadden-energy", 2004, "NEW_ENERGY", "SECONDARY_BATTERY"),
        ]),
        new("SE", "스웨덴", 3, 1, [DemoForeignNames.Scandinavian],
        [
            Academic("Nordic Institute of Technology", "노르딕 공과대학", "Stockholm", "nordic-tech", 1827),
            Company("Göta Battery Research AB", "예타 배터리리서치", "Gothenburg", "gota-battery", 2016, "SECONDARY_BATTERY"),
        ]),
        new("FI", "핀란드", 3, 1, [DemoForeignNames.Finnish],
        [
            Academic("Finnish Institute for Circular Materials", "핀란드 순환소재연구소", "Espoo", "fi-circular", 1995, "CORE_MATERIALS", "SECONDARY_BATTERY", "NEW_ENERGY"),
            Academic("University of Pohjola", "포욜라 대학교", "Oulu", "pohjola", 1958),
        ]),
        new("IL", "이스라엘", 3, 1, [DemoForeignNames.Hebrew],
        [
            Academic("Carmel Institute of Technology", "카르멜 공과대학", "Haifa", "carmel-tech", 1924),
            Academic("Negev Institute for Renewable Energy", "네게브 재생에너지연구소", "Beersheba", "negev-energy", 1974, "NEW_ENERGY"),
            Company("Jaffa Robotics Ltd.", "야파 로보틱스", "Tel Aviv", "jaffa-robotics", 2014, "INTELLIGENT_ROBOT", "AEROSPACE_DEFENSE"),
        ]),
        new("SG", "싱가포르", 3, 1, [DemoForeignNames.Chinese, DemoForeignNames.Indian],
        [
            Academic("Straits Institute of Technology", "스트레이츠 공과대학", "Singapore", "straits-tech", 1991),
            Academic("Singapore Centre for Manufacturing Research", "싱가포르 제조연구센터", "Singapore", "sg-cmr", 2005, "ADVANCED_MANUFACTURING", "SEMICONDUCTOR", "INTELLIGENT_ROBOT"),
        ]),
        new("AU", "호주", 3, 1, [DemoForeignNames.Anglo, DemoForeignNames.Chinese],
        [
            Academic("University of the Southern Coast", "서던코스트 대학교", "Sydney", "southern-coast", 1890),
            Academic("Victoria Energy Research Institute", "빅토리아 에너지연구소", "Melbourne", "victoria-eri", 1985, "NEW_ENERGY", "SECONDARY_BATTERY", "NEXTGEN_NUCLEAR"),
            Academic("Queensland Biomedical Institute", "퀸즐랜드 바이오의학연구소", "Brisbane", "qld-biomed", 1978, "ADVANCED_BIO"),
        ]),
        new("BE", "벨기에", 2, 1, [DemoForeignNames.Dutch, DemoForeignNames.French],
        [
            Academic("Flanders Institute for Nanoelectronics", "플랑드르 나노전자연구소", "Leuven", "flanders-nano", 1984, "SEMICONDUCTOR", "DISPLAY", "ADVANCED_BIO"),
            Academic("Wallonia Materials Research Centre", "왈롱 소재연구센터", "Liège", "wallonia-mrc", 1990, "CORE_MATERIALS", "SECONDARY_BATTERY", "NEW_ENERGY"),
        ]),
        new("AT", "오스트리아", 2, 1, [DemoForeignNames.German],
        [
            Academic("Danube University of Technology", "다뉴브 공과대학교", "Vienna", "danube-tu", 1815),
            Academic("Styrian Institute for Mobility Research", "슈타이어마르크 모빌리티연구소", "Graz", "styria-mobility", 2002, "FUTURE_MOBILITY", "SECONDARY_BATTERY", "ADVANCED_MANUFACTURING"),
        ]),
        new("IT", "이탈리아", 2, 1, [DemoForeignNames.Italian],
        [
            Academic("Politecnico del Nord", "노르드 폴리테크닉", "Milan", "polinord", 1863),
            Academic("Turin Institute for Advanced Robotics", "토리노 첨단로봇연구소", "Turin", "turin-iar", 2006, "INTELLIGENT_ROBOT", "ADVANCED_MANUFACTURING", "FUTURE_MOBILITY"),
        ]),
        new("ES", "스페인", 2, 1, [DemoForeignNames.Spanish],
        [
            Academic("Iberian Institute of Renewable Energy", "이베리아 재생에너지연구소", "Madrid", "iberian-ire", 1986, "NEW_ENERGY"),
            Academic("Barcelona Institute of Applied Nanoscience", "바르셀로나 응용나노과학연구소", "Barcelona", "bcn-nano", 2003, "SEMICONDUCTOR", "DISPLAY", "ADVANCED_BIO", "CORE_MATERIALS"),
        ]),
        new("DK", "덴마크", 2, 1, [DemoForeignNames.Scandinavian],
        [
            Academic("Øresund Technical University", "외레순 공과대학교", "Copenhagen", "oresund-tu", 1829),
            Academic("Jutland Wind Energy Institute", "유틀란트 풍력에너지연구소", "Aarhus", "jutland-wind", 1999, "NEW_ENERGY"),
        ]),
        new("TW", "대만", 3, 1, [DemoForeignNames.Chinese],
        [
            Academic("Formosa Institute of Semiconductor Research", "포모사 반도체연구소", "Hsinchu", "formosa-semi", 1973, "SEMICONDUCTOR", "DISPLAY"),
            Academic("Central Taiwan University of Technology", "중부대만 과기대학", "Taichung", "ctut", 1956),
            Company("Tamsui Microelectronics Corp.", "단수이 마이크로일렉트로닉스", "Hsinchu", "tamsui-micro", 1994, "SEMICONDUCTOR", "DISPLAY"),
        ]),
        new("IN", "인도", 3, 1, [DemoForeignNames.Indian],
        [
            Academic("Deccan Institute of Technology", "데칸 공과대학", "Bengaluru", "deccan-tech", 1959),
            Academic("Western Ghats Institute of Biosciences", "서고츠 생명과학연구소", "Pune", "wg-bio", 1981, "ADVANCED_BIO"),
            Academic("Coromandel Institute of Science", "코로만델 과학원", "Chennai", "coromandel-sci", 1948),
        ]),
    ];

    public static IReadOnlyList<OverseasUnit> Units { get; } =
    [
        new("SEMICONDUCTOR", 0, "Center for Semiconductor Process Innovation", "반도체공정혁신센터", "semiprocess"),
        new("SEMICONDUCTOR", 1, "Advanced Packaging Laboratory", "첨단패키징연구실", "packaging"),
        new("SEMICONDUCTOR", 2, "Power Electronic Devices Group", "전력전자소자그룹", "power-devices"),
        new("DISPLAY", 0, "Organic Optoelectronics Laboratory", "유기광전자연구실", "oled"),
        new("DISPLAY", 1, "Center for Micro-LED and Quantum-Dot Displays", "마이크로LED·양자점디스플레이센터", "microled"),
        new("DISPLAY", 2, "Flexible Electronics Group", "유연전자그룹", "flexible"),
        new("SECONDARY_BATTERY", 0, "Institute for Advanced Battery Materials", "첨단배터리소재연구소", "battery-materials"),
        new("SECONDARY_BATTERY", 1, "Solid-State Battery Laboratory", "전고체전지연구실", "solid-state"),
        new("SECONDARY_BATTERY", 2, "Electrochemical Energy Storage Group", "전기화학에너지저장그룹", "energy-storage"),
        new("FUTURE_MOBILITY", 0, "Autonomous Vehicle Research Center", "자율주행차연구센터", "autonomous"),
        new("FUTURE_MOBILITY", 1, "Electric Powertrain Laboratory", "전기구동계연구실", "powertrain"),
        new("FUTURE_MOBILITY", 2, "Hydrogen and Air Mobility Group", "수소·항공모빌리티그룹", "air-mobility"),
        new("CORE_MATERIALS", 0, "Institute of Structural Alloys", "구조용합금연구소", "alloys"),
        new("CORE_MATERIALS", 1, "Functional Magnetic Materials Laboratory", "기능성자성소재연구실", "magnetics"),
        new("CORE_MATERIALS", 2, "Advanced Composites and Specialty Chemicals Centre", "첨단복합재·특수화학센터", "composites"),
        new("INTELLIGENT_ROBOT", 0, "Robot Learning and Manipulation Laboratory", "로봇학습·조작연구실", "manipulation"),
        new("INTELLIGENT_ROBOT", 1, "Legged and Mobile Robotics Group", "보행·이동로봇그룹", "legged"),
        new("INTELLIGENT_ROBOT", 2, "Medical and Assistive Robotics Center", "의료·보조로봇센터", "assistive"),
        new("ADVANCED_MANUFACTURING", 0, "Additive Manufacturing Laboratory", "적층제조연구실", "additive"),
        new("ADVANCED_MANUFACTURING", 1, "Smart Factory Research Center", "스마트공장연구센터", "smart-factory"),
        new("ADVANCED_MANUFACTURING", 2, "Precision Engineering Group", "정밀공학그룹", "precision"),
        new("AEROSPACE_DEFENSE", 0, "Propulsion and High-Temperature Materials Laboratory", "추진·고온소재연구실", "propulsion"),
        new("AEROSPACE_DEFENSE", 1, "Space Systems Center", "우주시스템센터", "space"),
        new("AEROSPACE_DEFENSE", 2, "Radar and Autonomous Systems Group", "레이더·무인체계그룹", "radar"),
        new("NEXTGEN_NUCLEAR", 0, "Advanced Reactor Safety Laboratory", "차세대원자로안전연구실", "reactor-safety"),
        new("NEXTGEN_NUCLEAR", 1, "Nuclear Fuels and Materials Group", "핵연료·원자력재료그룹", "nuclear-materials"),
        new("NEXTGEN_NUCLEAR", 2, "Fusion and Decommissioning Research Center", "핵융합·해체연구센터", "fusion"),
        new("ADVANCED_BIO", 0, "Biologics Engineering Laboratory", "바이오의약공학연구실", "biologics"),
        new("ADVANCED_BIO", 1, "Gene and Cell Therapy Center", "유전자·세포치료센터", "gene-therapy"),
        new("ADVANCED_BIO", 2, "Organoid and Tissue Engineering Group", "오가노이드·조직공학그룹", "organoids"),
        new("NEW_ENERGY", 0, "Hydrogen Technologies Laboratory", "수소기술연구실", "hydrogen"),
        new("NEW_ENERGY", 1, "Photovoltaics Research Center", "태양광연구센터", "photovoltaics"),
        new("NEW_ENERGY", 2, "Offshore Wind Energy Group", "해상풍력그룹", "wind"),
        new("NEW_ENERGY", 3, "Grid Integration and Flexibility Laboratory", "계통연계·유연성연구실", "grid"),
    ];

    private static OverseasHost Academic(string en, string ko, string city, string domain, int founded, params string[] fields) =>
        new(en, ko, city, domain, founded, false, fields);

    private static OverseasHost Company(string en, string ko, string city, string domain, int founded, params string[] fields) =>
        new(en, ko, city, domain, founded, true, fields);
}
