namespace TechBridge.Core.Data.Seeding.Demo;

public static partial class DemoVocabulary
{
    private static DemoFieldVocabulary CoreMaterials() => new(
        "CORE_MATERIALS",
        T("핵심소재", "core materials"),
        [
            T("주사전자현미경(SEM) 분석", "scanning electron microscopy"),
            T("전자후방산란회절(EBSD) 분석", "electron backscatter diffraction"),
            T("X선 회절(XRD) 분석", "X-ray diffraction"),
            T("열분석(DSC·TGA)", "thermal analysis (DSC/TGA)"),
            T("유한요소해석(FEA)", "finite element analysis"),
        ],
        [
            Topic(
                [
                    T("니켈기 초내열합금", "nickel-based superalloys"),
                    T("티타늄 합금", "titanium alloys"),
                    T("초고강도 강판", "ultra-high-strength steel sheets"),
                    T("고엔트로피 합금", "high-entropy alloys"),
                    T("기가캐스팅용 알루미늄 합금", "aluminium alloys for giga-casting"),
                ],
                [
                    T("분말야금", "powder metallurgy"),
                    T("열간 압연", "hot rolling"),
                    T("열처리 공정 최적화", "heat-treatment optimisation"),
                ],
                [
                    T("인장강도", "tensile strength"),
                    T("고온 크리프 저항성", "high-temperature creep resistance"),
                    T("피로 수명", "fatigue life"),
                    T("성형성", "formability"),
                ],
                [
                    T("항공기 구조재", "aircraft structures"),
                    T("경량 차체", "lightweight car bodies"),
                    T("가스터빈 부품", "gas-turbine components"),
                ],
                [
                    M("인장강도", "tensile strength", "MPa", 900, 2100, 0),
                    M("연신율", "elongation", "%", 8, 35, 1),
                    M("크리프 파단 시간", "creep rupture time", "h", 300, 5000, 0),
                ]),
            Topic(
                [
                    T("희토류 영구자석", "rare-earth permanent magnets"),
                    T("무희토류 자석", "rare-earth-free magnets"),
                    T("연자성 분말 코어", "soft-magnetic powder cores"),
                    T("Nd-Fe-B 소결자석", "sintered Nd-Fe-B magnets"),
                ],
                [
                    T("결정립계 확산 공정", "grain-boundary diffusion"),
                    T("가압 소결", "pressure-assisted sintering"),
                    T("자장 성형", "magnetic-field pressing"),
                ],
                [
                    T("보자력", "coercivity"),
                    T("자기 특성", "magnetic performance"),
                    T("온도 안정성", "temperature stability"),
                ],
                [
                    T("전기차 구동모터", "EV traction motors"),
                    T("풍력 발전기", "wind-turbine generators"),
                    T("산업용 센서", "industrial sensors"),
                ],
                [
                    M("보자력", "coercivity", "kOe", 12, 30, 1),
                    M("최대 에너지적", "maximum energy product", "MGOe", 30, 55, 1),
                    M("코어 손실", "core loss", "kW/m³", 100, 600, 0),
                ]),
            Topic(
                [
                    T("고순도 무수불산", "high-purity anhydrous hydrogen fluoride"),
                    T("투명 폴리이미드 필름", "colourless polyimide films"),
                    T("탄소섬유 복합재", "carbon-fibre composites"),
                    T("질화붕소 방열 필러", "boron nitride thermal fillers"),
                    T("고순도 석영", "high-purity quartz"),
                ],
                [
                    T("다단 정제 공정", "multi-stage purification"),
                    T("화학기상증착(CVD)", "chemical vapour deposition"),
                    T("졸-겔 합성", "sol–gel synthesis"),
                ],
                [
                    T("순도", "purity"),
                    T("열전도도", "thermal conductivity"),
                    T("내열성", "heat resistance"),
                    T("치수 안정성", "dimensional stability"),
                ],
                [
                    T("반도체 공정용 소재", "semiconductor process materials"),
                    T("전력반도체 패키지", "power-module packaging"),
                    T("수소 저장용기", "hydrogen storage vessels"),
                ],
                [
                    M("순도", "purity", "%", 99.9, 99.9999, 4),
                    M("열전도도", "thermal conductivity", "W/m·K", 5, 180, 1),
                    M("유리전이온도", "glass transition temperature", "°C", 280, 420, 0),
                ]),
        ]);

    private static DemoFieldVocabulary AdvancedBio() => new(
        "ADVANCED_BIO",
        T("첨단바이오", "advanced bio"),
        [
            T("질량분석", "mass spectrometry"),
            T("단일세포 RNA 시퀀싱", "single-cell RNA sequencing"),
            T("유세포 분석", "flow cytometry"),
            T("단백질 구조 예측", "protein structure prediction"),
            T("동물모델 약효 평가", "in vivo efficacy studies"),
        ],
        [
            Topic(
                [
                    T("항체-약물 접합체(ADC)", "antibody–drug conjugates"),
                    T("이중항체", "bispecific antibodies"),
                    T("바이오시밀러", "biosimilars"),
                    T("재조합 단백질", "recombinant proteins"),
                ],
                [
                    T("연속 생산 공정", "continuous bioprocessing"),
                    T("고생산성 세포주 개발", "high-producer cell-line development"),
                    T("부위특이적 접합", "site-specific conjugation"),
                ],
                [
                    T("생산 수율", "production yield"),
                    T("표적 특이성", "target specificity"),
                    T("체내 안정성", "in vivo stability"),
                ],
                [
                    T("항암 치료", "cancer therapy"),
                    T("바이오의약품 위탁생산(CDMO)", "biopharmaceutical contract manufacturing"),
                    T("자가면역질환 치료", "autoimmune disease treatment"),
                ],
                [
                    M("생산 역가", "titre", "g/L", 2, 12, 1),
                    M("결합 친화도(KD)", "binding affinity (KD)", "nM", 0.1, 20, 2),
                    M("종양 성장 억제율", "tumour growth inhibition", "%", 40, 92, 0),
                ]),
            Topic(
                [
                    T("mRNA 지질나노입자", "mRNA lipid nanoparticles"),
                    T("CAR-T 세포치료제", "CAR-T cell therapies"),
                    T("아데노부속바이러스(AAV) 벡터", "AAV vectors"),
                    T("CRISPR 유전자가위", "CRISPR gene editors"),
                ],
                [
                    T("지질 조성 스크리닝", "lipid library screening"),
                    T("미세유체 혼합", "microfluidic mixing"),
                    T("바이럴 벡터 정제", "viral-vector purification"),
                ],
                [
                    T("전달 효율", "delivery efficiency"),
                    T("세포 생존율", "cell viability"),
                    T("편집 정확도", "editing precision"),
                ],
                [
                    T("희귀질환 치료", "rare-disease treatment"),
                    T("백신 생산", "vaccine manufacturing"),
                    T("혈액암 치료", "haematological cancer therapy"),
                ],
                [
                    M("봉입 효율", "encapsulation efficiency", "%", 80, 98, 1),
                    M("형질도입 효율", "transduction efficiency", "%", 40, 95, 0),
                    M("표적 외 편집률", "off-target editing rate", "%", 0.01, 0.5, 2),
                ]),
            Topic(
                [
                    T("오가노이드", "organoids"),
                    T("생체적합 하이드로겔", "biocompatible hydrogels"),
                    T("장기칩", "organ-on-a-chip platforms"),
                    T("마이크로바이옴 치료제", "microbiome therapeutics"),
                    T("AI 병리 진단 모델", "AI pathology models"),
                ],
                [
                    T("3D 바이오프린팅", "3D bioprinting"),
                    T("미세유체 칩 제작", "microfluidic chip fabrication"),
                    T("AI 기반 영상 분석", "AI image analysis"),
                ],
                [
                    T("재현성", "reproducibility"),
                    T("생체 모사도", "physiological relevance"),
                    T("진단 정확도", "diagnostic accuracy"),
                ],
                [
                    T("정밀 의료", "precision medicine"),
                    T("재생 의료", "regenerative medicine"),
                    T("신약 독성 평가", "drug toxicity screening"),
                ],
                [
                    M("진단 정확도(AUC)", "diagnostic AUC", "", 0.85, 0.98, 3),
                    M("배양 성공률", "culture success rate", "%", 70, 95, 1),
                    M("약물 반응 예측 정확도", "drug-response prediction accuracy", "%", 75, 93, 1),
                ]),
        ]);
}
