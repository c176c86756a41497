namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>
/// A kind of research equipment as i-Platform centers hold it: names, the model prefix its maker uses, the TRL range it
/// serves (its R&amp;D stages follow from it), the services around it (U = equipment use, T = test and analysis,
/// C = consulting) and how centers charge for and book it.
/// </summary>
public sealed record DemoEquipmentTemplate(
    string Ko, string En, string ModelPrefix, int TrlMin, int TrlMax, string Services, DemoFeeClass Fee, IReadOnlyList<string> Manufacturers);

/// <summary>Equipment kinds by super-gap field, by industry (where a field does not say enough) and for any center.</summary>
public static class DemoEquipmentCatalog
{
    public static IReadOnlyDictionary<string, IReadOnlyList<DemoEquipmentTemplate>> ByField { get; } = new Dictionary<string, IReadOnlyList<DemoEquipmentTemplate>>(StringComparer.Ordinal)
    {
        ["SEMICONDUCTOR"] =
        [
            E("전계방출 주사전자현미경(FE-SEM)", "Field-emission scanning electron microscope (FE-SEM)", "JSM-", 2, 6, "UT", DemoFeeClass.Imaging, "JEOL", "Hitachi High-Tech", "ZEISS"),
            E("집속이온빔 장비(FIB)", "Focused ion beam system (FIB)", "Helios ", 3, 6, "UT", DemoFeeClass.Imaging, "Thermo Fisher Scientific", "ZEISS"),
            E("원자층증착 장비(ALD)", "Atomic layer deposition system (ALD)", "ALD-", 3, 6, "UC", DemoFeeClass.Process, "ASM", "주성엔지니어링", "원익IPS"),
            E("유도결합 플라즈마 식각기(ICP-RIE)", "Inductively coupled plasma etcher (ICP-RIE)", "ICP-", 3, 6, "UC", DemoFeeClass.Process, "Oxford Instruments", "테스", "Lam Research"),
            E("웨이퍼 프로브 스테이션", "Wafer probe station", "PS-", 4, 7, "UT", DemoFeeClass.Bench, "FormFactor", "MPI"),
            E("반도체 파라미터 분석기", "Semiconductor parameter analyzer", "B15", 3, 7, "UT", DemoFeeClass.Bench, "Keysight", "Keithley"),
            E("X선 광전자 분광기(XPS)", "X-ray photoelectron spectrometer (XPS)", "K-Alpha ", 2, 5, "T", DemoFeeClass.Sample, "Thermo Fisher Scientific", "ULVAC-PHI"),
            E("전력반도체 동특성 시험기", "Power-device dynamic characterisation tester", "PD", 5, 8, "TC", DemoFeeClass.LongTest, "Keysight", "ITC"),
            E("고온역바이어스(HTRB) 신뢰성 시험기", "High-temperature reverse-bias (HTRB) reliability tester", "HTRB-", 6, 8, "TC", DemoFeeClass.LongTest, "Chroma", "ESPEC"),
        ],
        ["DISPLAY"] =
        [
            E("분광 방사계", "Spectroradiometer", "CS-", 4, 8, "T", DemoFeeClass.Sample, "Konica Minolta", "Topcon"),
            E("OLED 수명 측정 장비", "OLED lifetime test system", "LT-", 4, 7, "T", DemoFeeClass.LongTest, "McScience", "폴라로닉스"),
            E("잉크젯 프린팅 장비", "Inkjet printing system", "DMP-", 3, 6, "UC", DemoFeeClass.Process, "Fujifilm Dimatix", "Unijet"),
            E("분광 타원계측기", "Spectroscopic ellipsometer", "M-", 2, 5, "T", DemoFeeClass.Sample, "J.A. Woollam", "HORIBA"),
            E("유기물 열증착기", "Organic thermal evaporator", "TE-", 3, 6, "U", DemoFeeClass.Process, "SNTEK", "선익시스템"),
            E("고온고습 신뢰성 챔버", "Temperature-humidity reliability chamber", "TH-", 5, 8, "T", DemoFeeClass.LongTest, "ESPEC", "제이오텍"),
            E("레이저 리프트오프 장비", "Laser lift-off system", "LLO-", 5, 7, "UC", DemoFeeClass.Process, "AP시스템", "Coherent"),
            E("광학 표면 형상 측정기", "Optical surface profiler", "NV-", 3, 7, "T", DemoFeeClass.Bench, "Zygo", "Bruker"),
        ],
        ["SECONDARY_BATTERY"] =
        [
            E("배터리 충방전 시험기", "Battery cycler", "BT-", 3, 8, "UT", DemoFeeClass.LongTest, "Maccor", "Arbin", "PNE솔루션"),
            E("전기화학 임피던스 분석기", "Electrochemical impedance analyzer", "VSP-", 2, 6, "T", DemoFeeClass.Sample, "BioLogic", "Gamry"),
            E("가속 속도 열량계(ARC)", "Accelerating rate calorimeter (ARC)", "EV+", 5, 8, "T", DemoFeeClass.Sample, "Thermal Hazard Technology", "NETZSCH"),
            E("배터리 관통·압착 시험기", "Nail penetration and crush tester", "NP-", 6, 8, "TC", DemoFeeClass.Sample, "에이치앤피", "Thermotron"),
            E("드라이룸 전극 코팅기", "Dry-room electrode coater", "CT-", 4, 7, "UC", DemoFeeClass.Process, "씨아이에스", "Hirano Tecseed"),
            E("고체전해질 이온전도도 측정 셀", "Solid-electrolyte ionic conductivity cell", "IC-", 2, 5, "T", DemoFeeClass.Sample, "BioLogic", "rhd instruments"),
            E("분위기 제어 글러브박스", "Inert-atmosphere glovebox", "MB-", 2, 6, "U", DemoFeeClass.Process, "MBRAUN", "Vigor"),
            E("열폭주 전파 시험 챔버", "Thermal-runaway propagation test chamber", "TRP-", 6, 9, "TC", DemoFeeClass.LongTest, "Thermotron", "ESPEC"),
            E("산업용 X선 CT", "Industrial X-ray CT", "CT-", 4, 8, "T", DemoFeeClass.Imaging, "ZEISS", "Nikon Metrology", "Waygate Technologies"),
        ],
        ["FUTURE_MOBILITY"] =
        [
            E("섀시 다이나모미터", "Chassis dynamometer", "CD-", 6, 8, "TC", DemoFeeClass.LongTest, "AVL", "HORIBA"),
            E("구동모터 다이나모 시험기", "E-motor dynamometer", "EMD-", 5, 8, "T", DemoFeeClass.LongTest, "AVL", "Schenck"),
            E("차량용 전자파 적합성(EMC) 챔버", "Automotive EMC chamber", "EMC-", 6, 9, "T", DemoFeeClass.LongTest, "ETS-Lindgren", "Rohde & Schwarz"),
            E("라이다·레이더 센서 평가 장비", "LiDAR and radar sensor test bench", "SB-", 5, 8, "TC", DemoFeeClass.Bench, "dSPACE", "Konrad Technologies"),
            E("HILS 시뮬레이터", "Hardware-in-the-loop simulator (HILS)", "SCALEXIO ", 5, 8, "UC", DemoFeeClass.Bench, "dSPACE", "NI"),
            E("복합환경 진동 시험기", "Combined-environment vibration tester", "VT-", 6, 9, "T", DemoFeeClass.LongTest, "IMV", "Brüel & Kjær"),
            E("충돌 시험 슬레드", "Crash test sled", "HYGE-", 7, 9, "T", DemoFeeClass.Facility, "Seattle Safety", "Instron"),
            E("배터리팩 열관리 성능 시험기", "Battery-pack thermal management test rig", "TM-", 6, 8, "TC", DemoFeeClass.LongTest, "AVL", "HORIBA"),
        ],
        ["CORE_MATERIALS"] =
        [
            E("X선 회절 분석기(XRD)", "X-ray diffractometer (XRD)", "D8-", 2, 6, "T", DemoFeeClass.Sample, "Bruker", "Rigaku", "Malvern Panalytical"),
            E("투과전자현미경(TEM)", "Transmission electron microscope (TEM)", "JEM-", 1, 5, "T", DemoFeeClass.Imaging, "JEOL", "Thermo Fisher Scientific"),
            E("만능재료시험기", "Universal testing machine", "UTM-", 3, 8, "T", DemoFeeClass.Sample, "Instron", "ZwickRoell", "Shimadzu"),
            E("열분석기(TGA/DSC)", "Thermal analyzer (TGA/DSC)", "STA-", 2, 6, "T", DemoFeeClass.Sample, "NETZSCH", "TA Instruments", "METTLER TOLEDO"),
            E("유도결합플라즈마 분광기(ICP-OES)", "ICP optical emission spectrometer (ICP-OES)", "ICP-", 2, 7, "T", DemoFeeClass.Sample, "Agilent", "PerkinElmer"),
            E("진공 열처리로", "Vacuum heat-treatment furnace", "VHF-", 4, 7, "UC", DemoFeeClass.LongTest, "Ipsen", "SECO/WARWICK"),
            E("전자탐침 미세분석기(EPMA)", "Electron probe microanalyzer (EPMA)", "JXA-", 2, 5, "T", DemoFeeClass.Imaging, "JEOL", "Shimadzu"),
            E("피로 시험기", "Fatigue testing machine", "FT-", 4, 8, "T", DemoFeeClass.LongTest, "Instron", "MTS"),
        ],
        ["INTELLIGENT_ROBOT"] =
        [
            E("협동로봇 성능 평가 시스템", "Collaborative-robot performance test system", "CRP-", 5, 8, "TC", DemoFeeClass.LongTest, "Universal Robots", "두산로보틱스"),
            E("3차원 모션캡처 시스템", "3D motion-capture system", "Vantage V", 3, 7, "U", DemoFeeClass.Bench, "Vicon", "OptiTrack"),
            E("레이저 트래커(로봇 정밀도 측정)", "Laser tracker for robot accuracy", "AT", 4, 8, "T", DemoFeeClass.Bench, "Leica Geosystems", "FARO"),
            E("자율이동로봇(AMR) 시험장", "Autonomous mobile robot (AMR) test field", "AMR-", 5, 8, "UT", DemoFeeClass.Facility, "Clearpath Robotics", "트위니"),
            E("힘·토크 센서 교정 장비", "Force-torque sensor calibration rig", "FTC-", 4, 7, "T", DemoFeeClass.Sample, "ATI Industrial Automation", "Kistler"),
            E("로봇 충돌력 측정기", "Robot collision-force measurement device", "CBSF-", 6, 9, "TC", DemoFeeClass.Sample, "Pilz", "GTE"),
            E("보행로봇 시험대", "Legged-robot locomotion test bed", "HLT-", 3, 6, "UC", DemoFeeClass.LongTest, "레인보우로보틱스", "Boston Dynamics"),
            E("정밀 감속기 수명 시험기", "Precision reducer lifetime tester", "RDT-", 5, 8, "T", DemoFeeClass.LongTest, "Nabtesco", "에스피지"),
        ],
        ["ADVANCED_MANUFACTURING"] =
        [
            E("3차원 좌표측정기(CMM)", "Coordinate measuring machine (CMM)", "PRISMO ", 4, 9, "T", DemoFeeClass.Bench, "ZEISS", "Hexagon", "Mitutoyo"),
            E("5축 머시닝센터", "5-axis machining center", "DMU ", 5, 8, "UC", DemoFeeClass.Process, "DMG MORI", "DN Solutions"),
            E("금속 3D프린터(PBF)", "Metal powder-bed fusion 3D printer", "M ", 4, 7, "UC", DemoFeeClass.Process, "EOS", "SLM Solutions", "인스텍"),
            E("표면조도 측정기", "Surface roughness tester", "SJ-", 4, 8, "T", DemoFeeClass.Bench, "Mitutoyo", "Taylor Hobson"),
            E("레이저 용접 시스템", "Laser welding system", "LW-", 5, 8, "UC", DemoFeeClass.Process, "TRUMPF", "IPG Photonics"),
            E("초음파 비파괴 탐상기", "Ultrasonic non-destructive testing system", "UT-", 5, 9, "T", DemoFeeClass.Sample, "Evident", "Waygate Technologies"),
            E("전동식 사출성형기", "Electric injection moulding machine", "IM-", 6, 8, "U", DemoFeeClass.Process, "ENGEL", "LS엠트론"),
            E("스마트공장 테스트베드(MES·디지털트윈)", "Smart-factory test bed (MES, digital twin)", "SF-", 6, 8, "UC", DemoFeeClass.Facility, "Siemens", "LS ELECTRIC"),
        ],
        ["AEROSPACE_DEFENSE"] =
        [
            E("열진공 챔버", "Thermal vacuum chamber", "TVC-", 6, 8, "T", DemoFeeClass.LongTest, "Dynavac", "한국진공"),
            E("아음속 풍동", "Subsonic wind tunnel", "WT-", 4, 7, "T", DemoFeeClass.Facility, "Aiolos", "Aerolab"),
            E("복합재 오토클레이브", "Composite autoclave", "AC-", 5, 8, "UC", DemoFeeClass.Process, "ASC Process Systems", "Scholz"),
            E("항공부품 진동·충격 시험기", "Aerospace vibration and shock tester", "LDS V", 6, 9, "T", DemoFeeClass.LongTest, "Brüel & Kjær", "Unholtz-Dickie"),
            E("가스터빈 연소 시험 설비", "Gas-turbine combustion test rig", "CTR-", 4, 7, "TC", DemoFeeClass.LongTest, "Siemens Energy", "한화에어로스페이스"),
            E("안테나 측정 전파무반사실", "Antenna-measurement anechoic chamber", "AMS-", 5, 8, "T", DemoFeeClass.LongTest, "ETS-Lindgren", "MVG"),
            E("위상배열 초음파 탐상기(PAUT)", "Phased-array ultrasonic tester (PAUT)", "OmniScan X", 6, 9, "T", DemoFeeClass.Sample, "Evident", "Zetec"),
            E("고온 인장·크리프 시험기", "High-temperature tensile and creep tester", "CR-", 4, 8, "T", DemoFeeClass.LongTest, "Instron", "Shimadzu"),
        ],
        ["NEXTGEN_NUCLEAR"] =
        [
            E("감마선 조사 시험 설비(Co-60)", "Gamma irradiation facility (Co-60)", "IR-", 4, 8, "T", DemoFeeClass.Sample, "Nordion", "한국원자력연구원 설계"),
            E("내진 시험 진동대", "Seismic shake table", "ST-", 6, 9, "T", DemoFeeClass.Facility, "MTS", "Servotest"),
            E("고온고압 수화학 루프", "High-temperature high-pressure water-chemistry loop", "HTL-", 3, 6, "UT", DemoFeeClass.LongTest, "Cormet", "Parr Instrument"),
            E("환경검증(EQ) 챔버", "Environmental qualification (EQ) chamber", "EQ-", 7, 9, "TC", DemoFeeClass.LongTest, "Wyle", "한국전력기술 설계"),
            E("고순도 게르마늄 감마 분광기", "High-purity germanium gamma spectrometer", "GEM-", 2, 7, "T", DemoFeeClass.Sample, "ORTEC", "Mirion"),
            E("소듐 열유동 실험 장치", "Sodium thermal-hydraulics loop", "STH-", 3, 6, "UC", DemoFeeClass.Facility, "Argonne 설계", "한국원자력연구원 설계"),
            E("원격 조작 핫셀", "Remote-handling hot cell", "HC-", 4, 7, "U", DemoFeeClass.Process, "Getinge La Calhène", "Wälischmiller"),
            E("원전 밸브 성능 검증 시험기", "Nuclear valve performance qualification rig", "VQ-", 7, 9, "TC", DemoFeeClass.LongTest, "Curtiss-Wright", "두산에너빌리티"),
        ],
        ["ADVANCED_BIO"] =
        [
            E("액체크로마토그래피 질량분석기(LC-MS/MS)", "LC-MS/MS system", "Xevo TQ-", 2, 7, "T", DemoFeeClass.Sample, "Waters", "SCIEX", "Thermo Fisher Scientific"),
            E("유세포 분석기", "Flow cytometer", "FACS ", 2, 6, "T", DemoFeeClass.Sample, "BD Biosciences", "Beckman Coulter"),
            E("일회용 바이오리액터(50 L)", "Single-use bioreactor (50 L)", "BR-", 4, 7, "UC", DemoFeeClass.Process, "Sartorius", "Cytiva"),
            E("차세대 염기서열 분석기(NGS)", "Next-generation sequencer (NGS)", "NovaSeq ", 2, 6, "T", DemoFeeClass.Sample, "Illumina", "MGI"),
            E("공초점 레이저 주사 현미경", "Confocal laser scanning microscope", "LSM ", 1, 5, "T", DemoFeeClass.Imaging, "ZEISS", "Leica Microsystems", "Nikon"),
            E("GMP 동결건조기", "GMP freeze dryer", "FD-", 6, 8, "UC", DemoFeeClass.Process, "IMA Life", "일신바이오베이스"),
            E("단백질 정제 시스템(FPLC)", "Protein purification system (FPLC)", "ÄKTA ", 3, 6, "U", DemoFeeClass.Process, "Cytiva", "Bio-Rad"),
            E("GMP 세포배양 클린룸", "GMP cell-culture clean room", "CR-", 6, 8, "UC", DemoFeeClass.Facility, "Getinge", "신성이엔지"),
            E("실시간 유전자 증폭기(qPCR)", "Real-time PCR system (qPCR)", "QuantStudio ", 2, 6, "T", DemoFeeClass.Sample, "Thermo Fisher Scientific", "Bio-Rad"),
        ],
        ["NEW_ENERGY"] =
        [
            E("수전해 스택 성능 평가 장치", "Water-electrolysis stack test station", "ES-", 4, 8, "TC", DemoFeeClass.LongTest, "Greenlight Innovation", "에이치앤파워"),
            E("연료전지 스택 시험기", "Fuel-cell stack test station", "FCT-", 4, 8, "T", DemoFeeClass.LongTest, "Greenlight Innovation", "Scribner"),
            E("태양광 모듈 시뮬레이터(AAA급)", "Solar module simulator (class AAA)", "SS-", 4, 8, "T", DemoFeeClass.LongTest, "Pasan", "Newport"),
            E("수소 저장용기 반복가압 시험기", "Hydrogen tank pressure-cycling tester", "HTC-", 6, 9, "T", DemoFeeClass.LongTest, "Maximator", "Haskel"),
            E("전력변환장치(PCS) 시험 설비", "Power conversion system (PCS) test bench", "PCS-", 5, 8, "TC", DemoFeeClass.LongTest, "Chroma", "Regatron"),
            E("풍력 블레이드 피로 시험기", "Wind-turbine blade fatigue tester", "BFT-", 6, 9, "T", DemoFeeClass.Facility, "MTS", "Moog"),
            E("촉매 활성 평가 반응기", "Catalyst activity test reactor", "CAT-", 2, 5, "UT", DemoFeeClass.Sample, "Micromeritics", "BEL Japan"),
            E("열화상 카메라", "Infrared thermal camera", "X8", 3, 8, "T", DemoFeeClass.Bench, "Teledyne FLIR", "InfraTec"),
        ],
    };

    public static IReadOnlyDictionary<string, IReadOnlyList<DemoEquipmentTemplate>> ByIndustry { get; } = new Dictionary<string, IReadOnlyList<DemoEquipmentTemplate>>(StringComparer.Ordinal)
    {
        ["SHIPBUILDING_MARINE"] =
        [
            E("선형 시험 예인수조", "Towing tank", "TT-", 4, 7, "TC", DemoFeeClass.Facility, "Kempf & Remmers", "현대중공업 설계"),
            E("극저온 LNG 기자재 시험 설비", "Cryogenic LNG equipment test rig", "LNG-", 6, 9, "TC", DemoFeeClass.Facility, "Linde", "한국가스공사 설계"),
            E("염수분무 부식 시험기", "Salt-spray corrosion tester", "SST-", 5, 8, "T", DemoFeeClass.Sample, "Q-Lab", "Ascott"),
            E("선박 엔진 배기가스 분석기", "Marine engine exhaust gas analyser", "MEXA-", 6, 9, "T", DemoFeeClass.Sample, "HORIBA", "AVL"),
        ],
    };

    /// <summary>Equipment almost every center has.</summary>
    public static IReadOnlyList<DemoEquipmentTemplate> Common { get; } =
    [
        E("항온항습 챔버", "Temperature and humidity chamber", "TH-", 5, 8, "T", DemoFeeClass.LongTest, "ESPEC", "제이오텍"),
        E("주사전자현미경(SEM)", "Scanning electron microscope (SEM)", "SEM-", 2, 6, "UT", DemoFeeClass.Imaging, "Hitachi High-Tech", "코셈"),
        E("푸리에 변환 적외선 분광기(FT-IR)", "FT-IR spectrometer", "FTIR-", 2, 6, "T", DemoFeeClass.Sample, "Thermo Fisher Scientific", "Bruker", "Agilent"),
    ];

    /// <summary>Every kind once.</summary>
    public static IReadOnlyList<DemoEquipmentTemplate> All { get; } =
        [.. ByField.Values.SelectMany(t => t).Concat(ByIndustry.Values.SelectMany(t => t)).Concat(Common).DistinctBy(t => t.En)];

    /// <summary>The kind of a demo item by its English name (further units read "… (unit 2)"), or null.</summary>
    public static DemoEquipmentTemplate? Find(string nameEn)
    {
        ArgumentNullException.ThrowIfNull(nameEn);
        var unit = nameEn.LastIndexOf(" (unit ", StringComparison.Ordinal);
        var kind = unit < 0 ? nameEn : nameEn[..unit];
        return All.FirstOrDefault(t => t.En == kind);
    }

    /// <summary>The industry a field's equipment belongs to when its center names none.</summary>
    public static IReadOnlyDictionary<string, string> FieldIndustry { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["SEMICONDUCTOR"] = "ELECTRICAL_ELECTRONICS",
        ["DISPLAY"] = "ELECTRICAL_ELECTRONICS",
        ["SECONDARY_BATTERY"] = "ELECTRICAL_ELECTRONICS",
        ["FUTURE_MOBILITY"] = "AUTOMOTIVE_AEROSPACE",
        ["CORE_MATERIALS"] = "MATERIALS",
        ["INTELLIGENT_ROBOT"] = "MACHINERY_ROBOTICS",
        ["ADVANCED_MANUFACTURING"] = "MACHINERY_ROBOTICS",
        ["AEROSPACE_DEFENSE"] = "AUTOMOTIVE_AEROSPACE",
        ["NEXTGEN_NUCLEAR"] = "MACHINERY_ROBOTICS",
        ["ADVANCED_BIO"] = "BIO",
        ["NEW_ENERGY"] = "ELECTRICAL_ELECTRONICS",
    };

    private static DemoEquipmentTemplate E(string ko, string en, string model, int trlMin, int trlMax, string services, DemoFeeClass fee, params string[] manufacturers) =>
        new(ko, en, model, trlMin, trlMax, services, fee, manufacturers);
}
