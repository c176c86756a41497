namespace TechBridge.Core.Data.Seeding.Demo;

public static partial class DemoVocabulary
{
    private static DemoFieldVocabulary Semiconductor() => new(
        "SEMICONDUCTOR",
        T("반도체", "semiconductors"),
        [
            T("투과전자현미경(TEM) 분석", "transmission electron microscopy"),
            T("TCAD 시뮬레이션", "TCAD simulation"),
            T("X선 광전자분광(XPS) 분석", "X-ray photoelectron spectroscopy"),
            T("신뢰성 가속 시험", "accelerated reliability testing"),
            T("머신러닝 기반 공정 모델링", "machine-learning process modelling"),
        ],
        [
            Topic(
                [
                    T("EUV 포토레지스트", "EUV photoresists"),
                    T("게이트올어라운드(GAA) 트랜지스터", "gate-all-around (GAA) transistors"),
                    T("고유전율 게이트 절연막", "high-k gate dielectrics"),
                    T("강유전체 HfZrO 박막", "ferroelectric HfZrO thin films"),
                ],
                [
                    T("극자외선(EUV) 리소그래피", "EUV lithography"),
                    T("원자층증착(ALD)", "atomic layer deposition"),
                    T("원자층 식각(ALE)", "atomic layer etching"),
                ],
                [
                    T("패턴 정밀도", "pattern fidelity"),
                    T("누설전류 억제 특성", "leakage-current suppression"),
                    T("문턱전압 균일도", "threshold-voltage uniformity"),
                ],
                [
                    T("2나노급 로직 공정", "2 nm-class logic nodes"),
                    T("차세대 D램", "next-generation DRAM"),
                    T("모바일 AP", "mobile application processors"),
                ],
                [
                    M("선폭 거칠기(LWR)", "line-width roughness", "nm", 1.2, 3.2, 2),
                    M("누설전류 밀도", "leakage current density", "nA/cm²", 0.5, 40, 1),
                    M("노광 감도", "exposure dose", "mJ/cm²", 20, 60, 1),
                ]),
            Topic(
                [
                    T("고대역폭 메모리(HBM)", "high-bandwidth memory (HBM) stacks"),
                    T("하이브리드 본딩 계면", "Cu–Cu hybrid bonding interfaces"),
                    T("실리콘관통전극(TSV)", "through-silicon vias"),
                    T("팬아웃 웨이퍼레벨 패키지", "fan-out wafer-level packages"),
                    T("유리기판 인터포저", "glass-core interposers"),
                ],
                [
                    T("하이브리드 본딩", "hybrid bonding"),
                    T("열압착 본딩", "thermo-compression bonding"),
                    T("화학기계연마(CMP)", "chemical mechanical polishing"),
                ],
                [
                    T("접합 신뢰성", "bonding reliability"),
                    T("열 방출 성능", "heat dissipation"),
                    T("신호 무결성", "signal integrity"),
                    T("휨 안정성", "warpage stability"),
                ],
                [
                    T("AI 데이터센터", "AI data centres"),
                    T("온디바이스 AI 반도체", "on-device AI chips"),
                    T("고성능 컴퓨팅(HPC)", "high-performance computing"),
                ],
                [
                    M("본딩 피치", "bonding pitch", "μm", 1, 9, 1),
                    M("접합 강도", "bond strength", "J/m²", 1.2, 3.5, 2),
                    M("패키지 휨", "package warpage", "μm", 15, 80, 0),
                ]),
            Topic(
                [
                    T("SiC 전력반도체", "SiC power MOSFETs"),
                    T("GaN 고전자이동도 트랜지스터(HEMT)", "GaN high-electron-mobility transistors"),
                    T("산화갈륨 전력소자", "gallium oxide power devices"),
                    T("SiC 에피웨이퍼", "SiC epitaxial wafers"),
                ],
                [
                    T("고온 이온주입", "high-temperature ion implantation"),
                    T("유기금속화학기상증착(MOCVD)", "metal-organic chemical vapour deposition"),
                    T("게이트 산화막 질화 처리", "gate-oxide nitridation"),
                ],
                [
                    T("항복전압 특성", "breakdown capability"),
                    T("결정 품질", "crystal quality"),
                    T("스위칭 효율", "switching efficiency"),
                ],
                [
                    T("전기차 인버터", "electric-vehicle inverters"),
                    T("5G 기지국 RF 모듈", "5G base-station RF modules"),
                    T("태양광 인버터", "photovoltaic inverters"),
                ],
                [
                    M("항복전압", "breakdown voltage", "V", 650, 3300, 0),
                    M("특성 온저항", "specific on-resistance", "mΩ·cm²", 1.2, 6, 2),
                    M("기저면 전위 밀도", "basal-plane dislocation density", "cm⁻²", 50, 900, 0),
                ]),
        ]);

    private static DemoFieldVocabulary Display() => new(
        "DISPLAY",
        T("디스플레이", "displays"),
        [
            T("광발광(PL) 분광 분석", "photoluminescence spectroscopy"),
            T("밀도범함수이론(DFT) 계산", "density functional theory calculations"),
            T("광학 시뮬레이션", "optical simulation"),
            T("가속 수명 시험", "accelerated lifetime testing"),
            T("원자힘현미경(AFM) 분석", "atomic force microscopy"),
        ],
        [
            Topic(
                [
                    T("청색 인광 발광재료", "blue phosphorescent emitters"),
                    T("열활성화지연형광(TADF) 재료", "thermally activated delayed fluorescence emitters"),
                    T("탠덤 OLED 소자", "tandem OLED devices"),
                    T("박막봉지층", "thin-film encapsulation layers"),
                ],
                [
                    T("진공 열증착", "vacuum thermal evaporation"),
                    T("잉크젯 프린팅", "inkjet printing"),
                    T("발광 분자 설계", "emitter molecular design"),
                ],
                [
                    T("발광 효율", "luminous efficiency"),
                    T("구동 수명", "operational lifetime"),
                    T("색순도", "colour purity"),
                    T("투습 방지 성능", "moisture-barrier performance"),
                ],
                [
                    T("폴더블 스마트폰", "foldable smartphones"),
                    T("차량용 디스플레이", "automotive displays"),
                    T("노트북용 OLED 패널", "OLED laptop panels"),
                ],
                [
                    M("외부양자효율", "external quantum efficiency", "%", 18, 38, 1),
                    M("LT95 수명", "LT95 lifetime", "h", 200, 1500, 0),
                    M("수분투과도", "water vapour transmission rate", "g/m²·day", 0.00001, 0.0005, 5),
                ]),
            Topic(
                [
                    T("마이크로 LED", "micro-LEDs"),
                    T("양자점 색변환층", "quantum-dot colour-conversion layers"),
                    T("무카드뮴 양자점", "cadmium-free quantum dots"),
                    T("페로브스카이트 발광소자", "perovskite light-emitting diodes"),
                ],
                [
                    T("레이저 전사 공정", "laser mass transfer"),
                    T("레이저 리프트오프(LLO)", "laser lift-off"),
                    T("리간드 교환", "ligand exchange"),
                ],
                [
                    T("전사 수율", "transfer yield"),
                    T("광 변환 효율", "light-conversion efficiency"),
                    T("휘도 균일성", "luminance uniformity"),
                ],
                [
                    T("XR 헤드셋", "XR headsets"),
                    T("대면적 TV", "large-area TVs"),
                    T("스마트워치", "smartwatches"),
                ],
                [
                    M("전사 수율", "transfer yield", "%", 99.0, 99.999, 3),
                    M("휘도", "luminance", "cd/m²", 800, 5000, 0),
                    M("광발광 양자효율", "photoluminescence quantum yield", "%", 70, 98, 1),
                ]),
            Topic(
                [
                    T("산화물 박막트랜지스터(TFT)", "oxide thin-film transistors"),
                    T("LTPO 백플레인", "LTPO backplanes"),
                    T("폴더블 커버 윈도우", "foldable cover windows"),
                    T("스트레처블 기판", "stretchable substrates"),
                    T("투명 전극", "transparent electrodes"),
                ],
                [
                    T("스퍼터링", "sputtering"),
                    T("용액 공정", "solution processing"),
                    T("엑시머 레이저 결정화", "excimer laser annealing"),
                ],
                [
                    T("전하 이동도", "charge mobility"),
                    T("굴곡 내구성", "bending durability"),
                    T("광 투과율", "optical transmittance"),
                    T("저전력 구동 특성", "low-power operation"),
                ],
                [
                    T("롤러블 디스플레이", "rollable displays"),
                    T("투명 사이니지", "transparent signage"),
                    T("웨어러블 기기", "wearable devices"),
                ],
                [
                    M("전계효과 이동도", "field-effect mobility", "cm²/V·s", 10, 80, 1),
                    M("최소 곡률반경", "minimum bending radius", "mm", 0.5, 3, 1),
                    M("광 투과율", "optical transmittance", "%", 85, 95, 1),
                ]),
        ]);
}
