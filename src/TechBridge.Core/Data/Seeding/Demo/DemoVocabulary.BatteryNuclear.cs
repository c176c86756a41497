namespace TechBridge.Core.Data.Seeding.Demo;

public static partial class DemoVocabulary
{
    private static DemoFieldVocabulary SecondaryBattery() => new(
        "SECONDARY_BATTERY",
        T("이차전지", "secondary batteries"),
        [
            T("전기화학 임피던스 분광법(EIS)", "electrochemical impedance spectroscopy"),
            T("인시츄 X선 회절 분석", "operando X-ray diffraction"),
            T("밀도범함수이론(DFT) 계산", "density functional theory calculations"),
            T("전기화학 모델링", "electrochemical modelling"),
            T("주사전자현미경(SEM) 분석", "scanning electron microscopy"),
        ],
        [
            Topic(
                [
                    T("하이니켈 NCM 양극재", "high-nickel NCM cathodes"),
                    T("단결정 양극 입자", "single-crystal cathode particles"),
                    T("리튬인산철(LFP) 양극재", "lithium iron phosphate cathodes"),
                    T("리튬망간리치 양극재", "lithium- and manganese-rich layered oxides"),
                    T("NCM 전구체", "NCM precursors"),
                ],
                [
                    T("공침법", "co-precipitation synthesis"),
                    T("원소 도핑", "elemental doping"),
                    T("AI 기반 소성 공정 제어", "AI-controlled calcination"),
                ],
                [
                    T("구조 안정성", "structural stability"),
                    T("수명 특성", "cycle life"),
                    T("열 안정성", "thermal stability"),
                    T("에너지 밀도", "energy density"),
                ],
                [
                    T("전기차 배터리", "electric-vehicle batteries"),
                    T("에너지저장장치(ESS)", "energy storage systems"),
                ],
                [
                    M("방전용량", "specific discharge capacity", "mAh/g", 185, 235, 0),
                    M("용량 유지율", "capacity retention", "%", 82, 98, 1),
                    M("셀 에너지 밀도", "cell energy density", "Wh/kg", 260, 420, 0),
                ]),
            Topic(
                [
                    T("황화물계 고체전해질", "sulfide solid electrolytes"),
                    T("가넷형 산화물 고체전해질", "garnet-type oxide solid electrolytes"),
                    T("고분자 고체전해질", "solid polymer electrolytes"),
                    T("리튬메탈 음극", "lithium-metal anodes"),
                ],
                [
                    T("LiNbO3 코팅", "LiNbO3 coating"),
                    T("고에너지 볼밀링", "high-energy ball milling"),
                    T("건식 전극 공정", "dry electrode processing"),
                ],
                [
                    T("이온전도도", "ionic conductivity"),
                    T("계면 안정성", "interfacial stability"),
                    T("덴드라이트 억제 성능", "dendrite suppression"),
                    T("대기 안정성", "air stability"),
                ],
                [
                    T("전고체전지", "all-solid-state batteries"),
                    T("도심항공모빌리티(UAM) 배터리", "UAM battery packs"),
                ],
                [
                    M("이온전도도", "ionic conductivity", "mS/cm", 1.5, 25, 1),
                    M("계면 저항", "interfacial resistance", "Ω·cm²", 5, 60, 1),
                    M("임계 전류밀도", "critical current density", "mA/cm²", 0.5, 3, 1),
                ]),
            Topic(
                [
                    T("실리콘 음극", "silicon anodes"),
                    T("실리콘-탄소 복합 음극", "silicon–carbon composite anodes"),
                    T("나트륨이온 전지", "sodium-ion batteries"),
                    T("리튬황 전지", "lithium–sulfur batteries"),
                    T("전해액 첨가제", "electrolyte additives"),
                ],
                [
                    T("바인더 설계", "binder design"),
                    T("탄소 코팅", "carbon coating"),
                    T("전해액 조성 최적화", "electrolyte formulation"),
                ],
                [
                    T("부피 팽창 억제 성능", "volume-expansion tolerance"),
                    T("초기 쿨롱 효율", "initial Coulombic efficiency"),
                    T("고율 특성", "rate capability"),
                ],
                [
                    T("급속충전 배터리", "fast-charging batteries"),
                    T("장주기 ESS", "long-duration energy storage"),
                ],
                [
                    M("쿨롱 효율", "Coulombic efficiency", "%", 99.1, 99.9, 2),
                    M("가역 용량", "reversible capacity", "mAh/g", 420, 1600, 0),
                    M("체적 팽창률", "volume expansion", "%", 8, 40, 0),
                ]),
        ]);

    private static DemoFieldVocabulary NextGenNuclear() => new(
        "NEXTGEN_NUCLEAR",
        T("차세대 원자력", "next-generation nuclear power"),
        [
            T("열수력 해석", "thermal-hydraulic analysis"),
            T("몬테카를로 중성자 수송 해석", "Monte Carlo neutron transport"),
            T("확률론적 안전성 평가(PSA)", "probabilistic safety assessment"),
            T("비파괴 검사", "non-destructive examination"),
            T("다물리 연계 해석", "coupled multiphysics simulation"),
        ],
        [
            Topic(
                [
                    T("소형모듈원자로(SMR)", "small modular reactors"),
                    T("i-SMR 피동 안전계통", "i-SMR passive safety systems"),
                    T("원전 계측제어 시스템", "nuclear instrumentation and control systems"),
                    T("일체형 증기발생기", "integral steam generators"),
                ],
                [
                    T("안전해석 코드 검증", "safety-code validation"),
                    T("디지털 트윈 기반 운전 지원", "digital-twin operator support"),
                    T("사이버보안 평가", "cybersecurity assessment"),
                ],
                [
                    T("안전 여유도", "safety margin"),
                    T("노심 냉각 성능", "core cooling performance"),
                    T("부하추종 운전 성능", "load-following capability"),
                ],
                [
                    T("해양 원자력 추진", "marine nuclear propulsion"),
                    T("분산형 전원", "distributed power generation"),
                    T("청정수소 생산", "clean hydrogen production"),
                ],
                [
                    M("열출력", "thermal power", "MWt", 170, 540, 0),
                    M("피동냉각 유지시간", "passive cooling duration", "h", 72, 168, 0),
                    M("열효율", "thermal efficiency", "%", 31, 45, 1),
                ]),
            Topic(
                [
                    T("사고저항성 핵연료(ATF)", "accident-tolerant fuels"),
                    T("지르코늄 피복관", "zirconium-alloy claddings"),
                    T("원자로 압력용기 강재", "reactor pressure-vessel steels"),
                    T("산화물분산강화(ODS) 강", "oxide-dispersion-strengthened steels"),
                ],
                [
                    T("중성자 조사 시험", "neutron irradiation testing"),
                    T("크롬 코팅", "chromium coating"),
                    T("고온 수증기 산화 시험", "high-temperature steam oxidation testing"),
                ],
                [
                    T("내방사선성", "radiation tolerance"),
                    T("고온 산화 저항성", "high-temperature oxidation resistance"),
                    T("조사 취화 저항성", "resistance to irradiation embrittlement"),
                ],
                [
                    T("원전 계속운전", "long-term operation of nuclear plants"),
                    T("차세대 원자로", "advanced reactors"),
                ],
                [
                    M("산화층 두께", "oxide layer thickness", "μm", 2, 25, 1),
                    M("조사량", "irradiation dose", "dpa", 5, 80, 0),
                    M("연성-취성 천이온도 변화", "shift in ductile-to-brittle transition temperature", "°C", 10, 90, 0),
                ]),
            Topic(
                [
                    T("사용후핵연료 건식저장 용기", "dry storage casks for spent fuel"),
                    T("방사성폐기물 처리 공정", "radioactive waste treatment processes"),
                    T("원전 해체 로봇", "decommissioning robots"),
                    T("핵융합 블랑켓", "fusion breeding blankets"),
                ],
                [
                    T("원격 조작 기술", "remote handling"),
                    T("레이저 제염", "laser decontamination"),
                    T("차폐 해석", "shielding analysis"),
                ],
                [
                    T("차폐 성능", "shielding performance"),
                    T("제염 효율", "decontamination efficiency"),
                    T("작업자 피폭 저감 효과", "worker dose reduction"),
                ],
                [
                    T("원전 해체", "nuclear decommissioning"),
                    T("사용후핵연료 관리", "spent-fuel management"),
                    T("핵융합 실증로", "fusion demonstration reactors"),
                ],
                [
                    M("표면 오염 제거율", "surface contamination removal", "%", 90, 99.5, 1),
                    M("삼중수소 증식비", "tritium breeding ratio", "", 1.05, 1.3, 2),
                    M("표면 선량률", "surface dose rate", "mSv/h", 0.1, 2, 2),
                ]),
        ]);
}
