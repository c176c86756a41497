namespace TechBridge.Core.Data.Seeding.Demo;

public static partial class DemoVocabulary
{
    private static DemoFieldVocabulary NewEnergy() => new(
        "NEW_ENERGY",
        T("에너지신산업", "new energy industries"),
        [
            T("가속 열화 시험", "accelerated degradation testing"),
            T("실증 운전 데이터 분석", "field-operation data analysis"),
            T("다중물리 시뮬레이션", "multiphysics simulation"),
            T("전과정평가(LCA)", "life-cycle assessment"),
            T("기술경제성 분석", "techno-economic analysis"),
        ],
        [
            Topic(
                [
                    T("수전해 스택", "water-electrolysis stacks"),
                    T("음이온교환막(AEM) 수전해 셀", "AEM electrolyser cells"),
                    T("고체산화물 연료전지(SOFC)", "solid oxide fuel cells"),
                    T("백금 저감 촉매", "low-platinum catalysts"),
                    T("액화수소 저장탱크", "liquid hydrogen storage tanks"),
                ],
                [
                    T("전기화학 촉매 합성", "electrocatalyst synthesis"),
                    T("막전극접합체(MEA) 제조", "membrane electrode assembly fabrication"),
                    T("스택 운전 최적화", "stack operation optimisation"),
                ],
                [
                    T("수소 생산 효율", "hydrogen production efficiency"),
                    T("촉매 활성", "catalytic activity"),
                    T("장기 내구성", "long-term durability"),
                ],
                [
                    T("그린수소 생산", "green hydrogen production"),
                    T("수소충전소", "hydrogen refuelling stations"),
                    T("수소 발전", "hydrogen power generation"),
                ],
                [
                    M("전류 밀도", "current density", "A/cm²", 1, 3.5, 2),
                    M("셀 전압 열화율", "cell voltage degradation rate", "μV/h", 2, 40, 1),
                    M("시스템 효율", "system efficiency", "%", 60, 82, 1),
                ]),
            Topic(
                [
                    T("페로브스카이트 태양전지", "perovskite solar cells"),
                    T("페로브스카이트-실리콘 탠덤 태양전지", "perovskite–silicon tandem solar cells"),
                    T("양면형 태양광 모듈", "bifacial photovoltaic modules"),
                    T("태양광 모듈 봉지재", "photovoltaic encapsulants"),
                ],
                [
                    T("슬롯다이 코팅", "slot-die coating"),
                    T("계면 패시베이션", "interface passivation"),
                    T("진공 증착", "vacuum deposition"),
                ],
                [
                    T("전력변환효율", "power-conversion efficiency"),
                    T("대면적 균일성", "large-area uniformity"),
                    T("옥외 안정성", "outdoor stability"),
                ],
                [
                    T("건물일체형 태양광(BIPV)", "building-integrated photovoltaics"),
                    T("영농형 태양광", "agrivoltaic systems"),
                    T("수상 태양광", "floating solar plants"),
                ],
                [
                    M("전력변환효율", "power-conversion efficiency", "%", 21, 33, 1),
                    M("T80 수명", "T80 lifetime", "h", 500, 3000, 0),
                    M("모듈 출력", "module output", "W", 400, 720, 0),
                ]),
            Topic(
                [
                    T("해상풍력 블레이드", "offshore wind-turbine blades"),
                    T("부유식 해상풍력 하부구조", "floating offshore wind substructures"),
                    T("풍력 발전기 드라이브트레인", "wind-turbine drivetrains"),
                ],
                [
                    T("구조-유체 연성 해석", "fluid–structure interaction analysis"),
                    T("복합재 블레이드 설계", "composite blade design"),
                    T("계류 시스템 설계", "mooring system design"),
                ],
                [
                    T("구조 건전성", "structural integrity"),
                    T("발전 효율", "generation efficiency"),
                    T("피로 수명", "fatigue life"),
                ],
                [
                    T("해상풍력 단지", "offshore wind farms"),
                    T("그린수소 연계 발전", "wind-to-hydrogen plants"),
                ],
                [
                    M("정격 출력", "rated power", "MW", 8, 20, 0),
                    M("설비 이용률", "capacity factor", "%", 35, 55, 1),
                    M("블레이드 길이", "blade length", "m", 90, 140, 0),
                ]),
            Topic(
                [
                    T("가상발전소(VPP) 플랫폼", "virtual power plant platforms"),
                    T("전력변환장치(PCS)", "power conversion systems"),
                    T("마이크로그리드 운영 시스템", "microgrid energy-management systems"),
                ],
                [
                    T("기계학습 기반 수요예측", "machine-learning demand forecasting"),
                    T("계통 연계 시뮬레이션", "grid-integration simulation"),
                    T("분산자원 최적 제어", "optimal control of distributed resources"),
                ],
                [
                    T("계통 안정성", "grid stability"),
                    T("예측 정확도", "forecasting accuracy"),
                    T("운영 경제성", "operating economics"),
                ],
                [
                    T("분산형 전력망", "distributed grids"),
                    T("탄소중립 산업단지", "carbon-neutral industrial complexes"),
                ],
                [
                    M("발전량 예측 오차(MAPE)", "forecast error (MAPE)", "%", 3, 12, 1),
                    M("응답 시간", "response time", "ms", 20, 200, 0),
                    M("피크 부하 저감률", "peak-load reduction", "%", 8, 30, 1),
                ]),
        ]);
}
