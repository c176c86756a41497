"""(c) Korean domestic institutes, companies and equipment centers, part 1: 반도체, 디스플레이,
이차전지, 미래모빌리티, 핵심소재, 지능형로봇. Public research institutes are real; their
departments are described generically; companies and equipment centers are fictional."""
from docs_common import D

# ================================================================ 반도체
D("kr-nnfc-12inch-testbed", "SEMICONDUCTOR", "sem.minifab", "eq.sem-analysis",
  "나노종합기술원 — 12인치 반도체 공정 테스트베드",
  """대전에 있는 나노종합기술원은 12인치(300mm) 웨이퍼 기반 반도체 공정 테스트베드를 운영한다.
  국내 소재·부품·장비 기업이 개발한 제품을 실제 양산형 공정 흐름에서 평가하고 성능 데이터를 확보할 수
  있도록 공정 서비스와 분석을 제공한다. 소부장 조기 상용화를 위한 실증과 수요기업 연계를 지원한다.""")

D("kr-kanc-compound", "SEMICONDUCTOR", "sem.gan", "sem.photonics",
  "한국나노기술원 — 화합물반도체 에피·소자 공정",
  """한국나노기술원은 GaN, InP, GaAs 등 화합물반도체 에피 성장과 소자 공정 팹을 운영한다.
  전력·RF용 GaN 트랜지스터, 광소자, 센서 시제품 제작을 지원하며 중소기업에 공정 장비와 분석 서비스를
  제공한다.""")

D("kr-keri-sic-power", "SEMICONDUCTOR", "sem.sic", "mob.power-electronics",
  "한국전기연구원 — SiC 전력반도체 소자·공정 연구",
  """한국전기연구원은 창원에 SiC(탄화규소) 전력반도체 소자 공정 라인을 갖추고 MOSFET·다이오드 설계와
  이온주입, 게이트 산화막 공정을 연구한다. 전기차 인버터와 전력망용 고전압 소자의 국산화를 목표로 기업에
  기술이전과 시제품 제작을 지원한다.""")

D("kr-scrystal-sic-wafer", "SEMICONDUCTOR", "sem.sic", "",
  "(주)에스씨크리스탈 — SiC 단결정 성장 및 웨이퍼",
  """전력반도체용 SiC 단결정 잉곳을 승화법(PVT)으로 성장시키고 6·8인치 기판으로 가공하는 기업이다.
  마이크로파이프와 기저면 전위 밀도를 낮추는 성장 조건을 개발하고 있으며, 에피 업체와 기판 품질 평가를
  함께 진행한다.""")

D("kr-optix-sic-inspection", "SEMICONDUCTOR", "sem.sic sem.metrology", "mfg.inspection",
  "(주)옵티엑스인스펙션 — SiC 웨이퍼 결함 검사장비",
  """SiC 기판과 에피 웨이퍼의 결함을 광학·PL(광루미네선스) 방식으로 검출하고 분류하는 검사장비를
  개발한다. 마이크로파이프, 적층결함, 스크래치를 전수 검사하고 AI 기반 결함 분류로 수율 분석을 돕는다.
  해외 장비 의존도를 낮추기 위한 국산화 과제를 수행하고 있다.""")

D("kr-photonanochem-euv-resist", "SEMICONDUCTOR", "sem.euv-resist", "",
  "(주)포토나노켐 — EUV용 금속산화물 포토레지스트",
  """EUV 노광용 무기계(금속산화물) 포토레지스트와 하부막 소재를 개발하는 소재 기업이다. 주석 기반 클러스터
  레지스트의 감도와 선폭 거칠기(LER)를 개선하고 있으며, 해외 노광 평가 인프라와의 공동 평가를 추진한다.""")

D("kr-krict-semi-materials", "SEMICONDUCTOR", "sem.precursor", "sem.euv-resist",
  "한국화학연구원 — 반도체 공정소재 연구",
  """한국화학연구원은 반도체 박막 증착용 전구체, 식각 가스, 포토레지스트용 고분자 등 공정 소재를 연구한다.
  소재 합성부터 순도 분석, 기업 기술이전까지 지원하며 소부장 국산화 과제에 참여한다.""")

D("kr-pellicletech-euv", "SEMICONDUCTOR", "sem.euv-litho", "",
  "(주)펠리클테크 — EUV 펠리클 및 마스크 보호막",
  """EUV 마스크를 오염으로부터 보호하는 펠리클 박막을 개발하는 기업이다. 높은 EUV 투과율과 열 내구성을
  갖는 탄소나노튜브·실리콘계 펠리클을 연구하며 노광 환경 내구성 평가가 필요하다.""")

D("kr-etri-ai-processor", "SEMICONDUCTOR", "sem.ondevice-ai", "sem.pim",
  "한국전자통신연구원 — 저전력 AI 반도체(NPU) 설계",
  """한국전자통신연구원은 온디바이스 추론을 위한 저전력 NPU 아키텍처와 SoC를 설계하고 시제품 칩을 제작한다.
  자동차, 가전, 로봇 등 수요 산업에 맞춘 AI 가속기와 컴파일러를 함께 개발하며 기업과 공동연구를 진행한다.""")

D("kr-edgeneuron-npu", "SEMICONDUCTOR", "sem.ondevice-ai", "",
  "(주)엣지뉴런 — 온디바이스 AI NPU 팹리스",
  """카메라, 스마트 가전, 산업용 센서에 탑재되는 초저전력 NPU를 설계하는 팹리스 기업이다. 비전 AI 모델을
  경량화하는 SDK와 모듈을 함께 공급하며, 센서 일체형 AI 칩 개발을 추진하고 있다.""")

D("kr-kaist-pim-lab", "SEMICONDUCTOR", "sem.pim", "sem.ondevice-ai",
  "KAIST 전기및전자공학부 — 지능형 메모리·PIM 연구실",
  """메모리 내부에서 연산을 수행하는 PIM(Processing-in-Memory) 구조와 HBM 기반 AI 가속 시스템을 연구한다.
  DRAM·SRAM 기반 인메모리 컴퓨팅 회로와 시스템 소프트웨어를 함께 설계한다.""")

D("kr-snu-neuromorphic-lab", "SEMICONDUCTOR", "sem.neuromorphic", "sem.pim",
  "서울대학교 — 뉴로모픽 소자 연구실",
  """뇌의 시냅스와 뉴런 동작을 모사하는 멤리스터, 강유전체 소자와 스파이킹 신경망 회로를 연구한다.
  초저전력 학습·추론이 가능한 뉴로모픽 칩 구현을 목표로 소자부터 어레이까지 설계한다.""")

D("kr-hipure-upw", "SEMICONDUCTOR", "sem.upw", "",
  "(주)하이퓨어워터 — 반도체용 초순수 설비",
  """반도체·디스플레이 공장용 초순수(UPW) 제조 설비를 설계·시공하는 기업이다. 역삼투, 전기탈이온(EDI),
  자외선 산화, 탈기막 공정을 통합하고 초순수용 이온교환수지 국산화를 추진하고 있다. TOC와 미립자 실시간
  모니터링 시스템도 공급한다.""")

D("kr-bondingsol-hybrid", "SEMICONDUCTOR", "sem.packaging", "",
  "(주)본딩솔루션즈 — 하이브리드 본딩·HBM 적층 장비",
  """HBM과 칩렛 적층을 위한 하이브리드 본딩, 열압착(TC) 본딩 장비를 개발한다. 웨이퍼 표면 활성화와
  정렬 정밀도를 높이는 공정을 연구하며 후공정 기업과 공동 평가를 진행한다.""")

D("kr-kcprecursor-ald", "SEMICONDUCTOR", "sem.precursor", "",
  "(주)케이씨프리커서 — ALD·CVD 전구체 및 특수가스",
  """High-k 유전막과 금속 박막 증착에 쓰이는 ALD·CVD 전구체를 합성하고 특수가스를 정제한다.
  고순도 정제와 열안정성 평가 역량을 갖추고 있으며 반도체 소자 기업과 인증 평가를 진행한다.""")

D("kr-nanoimetrix-metrology", "SEMICONDUCTOR", "sem.metrology", "",
  "(주)나노아이메트릭스 — 반도체 광학 계측장비",
  """웨이퍼 패턴의 선폭(CD), 오버레이, 박막 두께를 측정하는 광학 계측장비를 개발한다. 스펙트럼 분석과
  머신러닝 모델을 결합한 하이브리드 계측 기술을 보유하고 있다.""")

D("kr-kaeri-arti-radiation", "SEMICONDUCTOR", "sem.extreme-env", "nuc.materials aer.satellite",
  "한국원자력연구원 첨단방사선연구소 — 반도체 내방사선 시험",
  """정읍 첨단방사선연구소는 감마선 조사시설과 가속기를 활용해 반도체 소자와 전자부품의 내방사선 성능을
  시험한다. 우주, 원전, 국방용 부품의 누적선량(TID) 시험과 평가를 지원한다.""")

D("kr-photonicwave-siph", "SEMICONDUCTOR", "sem.photonics", "",
  "(주)포토닉웨이브 — 실리콘 포토닉스 광트랜시버",
  """데이터센터용 실리콘 포토닉스 광트랜시버와 광연결 칩을 설계한다. 변조기, 광검출기 설계와
  광섬유 결합 패키징 기술을 보유하고 있다.""")

D("kr-secuchip-puf", "SEMICONDUCTOR", "sem.hw-security", "",
  "(주)시큐칩 — PUF 기반 하드웨어 보안칩",
  """반도체 공정 편차를 이용한 물리적 복제방지기능(PUF) 보안칩과 보안 부팅 IP를 개발한다.
  IoT 기기와 차량용 제어기의 하드웨어 신뢰점(Root of Trust)을 제공한다.""")

D("kr-autosecai-defense", "SEMICONDUCTOR", "sec.ai-defense", "sem.hw-security",
  "(주)오토시큐리티AI — AI 자율 사이버 방어",
  """AI가 네트워크와 단말의 이상 징후를 스스로 학습하고 실시간으로 대응하는 자율 보안 솔루션을 개발한다.
  하드웨어 보안모듈과 연동해 공격에 따라 방어 정책이 진화하는 구조를 연구한다.""")

D("kr-plasmacoat-parts", "SEMICONDUCTOR", "sem.parts", "mat.coatings",
  "(주)플라즈마코트 — 반도체 장비 부품 내플라즈마 코팅",
  """식각·증착 챔버 부품에 이트리아 등 내플라즈마 세라믹 코팅을 적용하고 세정·재생 서비스를 제공한다.
  파티클 발생을 줄이는 코팅 소재와 용사 공정을 개발한다.""")

D("kr-semi-analysis-center", "SEMICONDUCTOR", "eq.sem-analysis", "sem.metrology",
  "반도체 소부장 분석지원센터 — 장비 공동활용",
  """반도체 소재·부품의 불량 원인 분석을 위해 FIB-TEM, SIMS, XPS 등 분석 장비를 공동 활용할 수 있게
  제공하는 장비센터이다. 중소기업에 시험분석 서비스와 분석 컨설팅을 패키지로 지원한다.""")

D("kr-mirae-semi-consulting", "SEMICONDUCTOR", "", "",
  "(주)미래첨단기술 — 반도체 기술 개발 컨설팅",
  """반도체 분야 기업의 기술 개발 전략 수립과 정부 연구개발 과제 기획을 돕는 컨설팅 회사이다.
  연구개발 사업계획서 작성, 기술 동향 조사, 개발 일정 관리 서비스를 제공한다.""")

# ================================================================ 디스플레이
D("kr-bluemitech-oled", "DISPLAY", "dsp.oled-blue", "",
  "(주)블루에미텍 — 청색 OLED 발광재료",
  """청색 인광과 TADF(열활성지연형광) 도펀트, 호스트 소재를 개발하는 OLED 소재 기업이다. 청색 소자의
  수명과 색순도를 동시에 높이는 분자 설계를 하고 있으며 패널 업체와 소자 평가를 진행한다.""")

D("kr-khu-oxide-tft", "DISPLAY", "dsp.tft", "",
  "경희대학교 정보디스플레이학과 — 산화물 TFT 연구실",
  """IGZO 등 산화물 반도체 박막트랜지스터의 이동도와 신뢰성 향상을 연구한다. 저온 공정과 LTPO 백플레인
  구조를 개발하며 디스플레이 기업과 공동연구를 수행한다.""")

D("kr-microledlab-transfer", "DISPLAY", "dsp.microled", "",
  "(주)마이크로엘이디랩 — 마이크로LED 전사·리페어 장비",
  """수십 마이크로미터 이하 마이크로LED 칩을 백플레인에 대량 전사하는 레이저 전사 장비와 불량 리페어
  공정을 개발한다. 전사 수율과 정렬 정밀도 향상이 핵심 과제이다.""")

D("kr-quantumcolor-qd", "DISPLAY", "dsp.qd", "dsp.inkjet",
  "(주)퀀텀컬러 — 무카드뮴 InP 양자점 소재",
  """카드뮴을 쓰지 않는 InP 양자점과 색변환층 소재를 합성하는 기업이다. 양자점의 광효율과 신뢰성을 높이는
  쉘 구조를 개발하며 QD-OLED와 마이크로LED용 색변환 잉크를 공급한다.""")

D("kr-siliconoled-oledos", "DISPLAY", "dsp.oledos", "dsp.xr-thermal",
  "(주)실리콘OLED — OLEDoS 마이크로디스플레이",
  """XR 기기용 OLEDoS(OLED on Silicon) 마이크로디스플레이를 개발한다. 초고해상도 CMOS 백플레인 설계와
  저전력 구동으로 패널 발열을 줄이는 기술을 연구하고 있다.""")

D("kr-thermalgraphene-tim", "DISPLAY", "th.cooling", "dsp.xr-thermal",
  "(주)써멀그래핀 — 방열 그래파이트 시트·열계면소재",
  """스마트폰, 웨어러블, XR 기기의 열을 분산시키는 인조 그래파이트 방열 시트와 열계면소재(TIM)를 생산한다.
  얇은 두께에서 수평 열전도도를 높이는 공정을 보유하고 있다.""")

D("kr-etri-holography", "DISPLAY", "dsp.holo", "",
  "한국전자통신연구원 — 디지털 홀로그래피 연구",
  """한국전자통신연구원은 실시간 홀로그램 생성, 홀로그래픽 디스플레이 광학계, 홀로그램 콘텐츠 처리 기술을
  연구한다. 입체감과 초실감을 제공하는 차세대 3D 디스플레이 구현을 목표로 한다.""")

D("kr-kopti-ar-optics", "DISPLAY", "dsp.optics-xr", "",
  "한국광기술원 — AR·VR 광학소자 시험",
  """한국광기술원은 AR 글래스용 도파관, 렌즈 모듈, 광학 필름의 설계와 광특성 측정을 지원한다.
  광학 시제품 제작과 신뢰성 시험 장비를 기업에 개방한다.""")

D("kr-flexglass-utg", "DISPLAY", "dsp.flexible", "",
  "(주)플렉스글라스 — 폴더블 UTG 커버윈도우",
  """폴더블 디스플레이용 초박형 유리(UTG)를 화학강화·가공하는 기업이다. 반복 굽힘에 견디는 강화
  공정과 표면 코팅을 개발하고 있다.""")

D("kr-inkjetprintec", "DISPLAY", "dsp.inkjet", "dsp.qd",
  "(주)잉크젯프린텍 — 잉크젯 OLED·QD 프린팅 장비",
  """대면적 OLED 발광층과 양자점 색변환층을 잉크젯으로 인쇄하는 장비와 헤드 제어 기술을 개발한다.
  잉크 토출 정밀도와 건조 균일도 개선을 연구한다.""")

D("kr-postech-perovskite-led", "DISPLAY", "dsp.perovskite-led", "dsp.qd",
  "포항공과대학교 — 페로브스카이트 발광소자 연구실",
  """금속 할라이드 페로브스카이트 나노결정과 박막을 이용한 고색순도 발광다이오드를 연구한다.
  소자 효율과 구동 안정성 향상을 위한 소재 설계를 수행한다.""")

D("kr-display-eval-center", "DISPLAY", "eq.dsp-eval", "dsp.oled-blue",
  "디스플레이 평가 장비 공동활용센터",
  """OLED와 마이크로LED 패널의 광특성, 수명, 신뢰성을 평가하는 장비를 기업에 개방하는 장비센터이다.
  휘도·색좌표 측정, 고온고습 수명 시험, 불량 분석을 패키지 서비스로 제공한다.""")

D("kr-skku-stretchable", "DISPLAY", "dsp.flexible", "dsp.microled",
  "성균관대학교 — 스트레처블 디스플레이 연구실",
  """늘어나는 기판, 신축성 배선, 마이크로LED 픽셀 배치를 이용한 스트레처블 디스플레이를 연구한다.
  반복 인장 시험과 소자 신뢰성 평가를 수행한다.""")

D("kr-pancake-optics", "DISPLAY", "dsp.optics-xr", "",
  "(주)팬케이크옵틱스 — XR 팬케이크 렌즈 모듈",
  """VR·MR 헤드셋 두께를 줄이는 팬케이크 렌즈와 편광 광학 모듈을 개발·생산한다.
  고스트 이미지를 줄이는 코팅과 정밀 조립 기술을 보유하고 있다.""")

D("kr-display-tech-dev", "DISPLAY", "", "",
  "(주)디스플레이기술개발 — 기술 개발 지원 서비스",
  """디스플레이 관련 중소기업의 기술 개발 과제 기획, 연구개발 인력 교육, 사업화 컨설팅을 제공한다.
  특정 소재나 장비를 직접 개발하지는 않는다.""")

# ================================================================ 이차전지
D("kr-keri-sulfide-se", "SECONDARY_BATTERY", "bat.sulfide-se", "",
  "한국전기연구원 — 황화물계 고체전해질 전고체전지",
  """한국전기연구원은 아지로다이트계 황화물 고체전해질 합성과 대량생산 공정을 연구하고 전고체전지 셀을
  제작·평가한다. 고체전해질 시트화와 양극 복합전극 기술을 기업에 이전하고 있다.""")

D("kr-sulfideone", "SECONDARY_BATTERY", "bat.sulfide-se", "",
  "(주)설파이드원 — 황화물 고체전해질 분말 양산",
  """전고체 배터리용 황화물 고체전해질(Li6PS5Cl 등) 분말을 양산하는 소재 기업이다. 수분 안정성 향상과
  입도 제어, 원료 Li2S 가격 절감을 위한 공정을 개발하고 있다.""")

D("kr-kier-lis", "SECONDARY_BATTERY", "bat.li-s", "bat.li-metal",
  "한국에너지기술연구원 — 리튬황 전지 연구",
  """고에너지밀도 리튬황 전지의 황 양극 구조와 폴리설파이드 억제 기술을 연구한다. 드론과 항공 모빌리티용
  경량 전지를 목표로 셀 제작과 평가를 수행한다.""")

D("kr-metallithium-anode", "SECONDARY_BATTERY", "bat.li-metal", "",
  "(주)메탈리튬 — 리튬금속 음극 박막",
  """압연·증착 방식으로 수십 마이크로미터 이하 리튬금속 박막 음극을 제조한다. 덴드라이트 억제를 위한
  보호층 코팅과 리튬금속전지용 음극 집전체를 개발한다.""")

D("kr-silicon-anode", "SECONDARY_BATTERY", "bat.si-anode", "",
  "(주)실리콘애노드 — 실리콘 음극재",
  """실리콘 산화물(SiOx)과 실리콘-탄소 복합 음극재를 생산한다. 부피 팽창을 완화하는 나노 구조와
  선리튬화 기술을 개발하고 있다.""")

D("kr-hinickel-cathode", "SECONDARY_BATTERY", "bat.cathode", "",
  "(주)하이니켈머티리얼즈 — 하이니켈·LMFP 양극재",
  """니켈 함량 90% 이상 하이니켈 양극재와 LMFP(리튬망간인산철) 양극재를 개발한다. 단결정화와 표면 코팅으로
  수명과 열안정성을 높이고 있다.""")

D("kr-recyclithium", "SECONDARY_BATTERY", "bat.recycling", "",
  "(주)리사이클리튬 — 폐배터리 습식 재활용",
  """사용후 배터리를 방전·파쇄해 블랙파우더를 만들고 침출·용매추출로 리튬, 니켈, 코발트를 회수하는
  재활용 기업이다. 양극재 전구체로 재생하는 공정을 운영한다.""")

D("kr-kigam-recovery", "SECONDARY_BATTERY", "bat.recycling", "mat.rare-earth",
  "한국지질자원연구원 — 이차전지 원료 회수·제련 연구",
  """한국지질자원연구원은 폐배터리와 저품위 광석에서 리튬, 니켈, 코발트 등 핵심광물을 회수·제련하는 공정을
  연구한다. 직접재활용과 친환경 습식제련 기술을 기업과 실증한다.""")

D("kr-hanyang-sodium", "SECONDARY_BATTERY", "bat.sodium", "",
  "한양대학교 — 나트륨이온전지 연구실",
  """리튬을 대체하는 나트륨이온전지의 층상 산화물 양극과 하드카본 음극을 연구한다. ESS용 저가 전지의
  수명과 에너지밀도 향상을 목표로 한다.""")

D("kr-drytec-electrode", "SECONDARY_BATTERY", "bat.dry-electrode", "bat.cell-production",
  "(주)드라이텍코리아 — 건식 전극 제조장비",
  """용매(NMP) 없이 분말을 섬유화·압연해 전극 필름을 만드는 건식 전극 공정 장비를 개발한다.
  고속 캘린더링과 집전체 라미네이션 설비를 국산화하고 있으며 셀 제조사와 시험 생산을 진행한다.""")

D("kr-cellinsight-bms", "SECONDARY_BATTERY", "bat.bms", "",
  "(주)셀인사이트 — BMS·배터리 진단 소프트웨어",
  """전기차와 ESS 배터리의 충전상태(SOC), 건강상태(SOH)를 추정하는 BMS 알고리즘과 클라우드 진단 서비스를
  개발한다. 배터리 이상 징후를 조기에 감지하는 AI 모델을 운영한다.""")

D("kr-battery-safety-center", "SECONDARY_BATTERY", "bat.safety bat.testing", "",
  "이차전지 안전성 시험인증센터",
  """배터리 셀·모듈·팩의 과충전, 관통, 압착, 열폭주 전파 시험을 수행하는 시험인증 장비센터이다.
  국내외 안전 규격 인증 시험과 방폭 챔버 시험을 제공한다.""")

D("kr-battery-analysis-center", "SECONDARY_BATTERY", "bat.testing eq.bat-analysis", "",
  "이차전지 소재·셀 분석지원센터",
  """이차전지 소재 물성 분석부터 시험 셀 제작, 충방전 수명 평가까지 장비를 공동 활용할 수 있는 장비센터이다.
  R&D 단계별로 필요한 분석 장비와 시험 서비스를 패키지로 제공한다.""")

D("kr-electrolytechem", "SECONDARY_BATTERY", "bat.electrolyte", "",
  "(주)일렉트로라이트켐 — 리튬이온전지 전해액 첨가제",
  """고전압 양극과 실리콘 음극에 맞춘 전해액 첨가제와 리튬염을 합성한다. 고온 수명과 가스 발생을 줄이는
  첨가제 조합을 개발한다.""")

D("kr-unist-oxide-polymer-se", "SECONDARY_BATTERY", "bat.oxide-se", "bat.li-metal",
  "울산과학기술원 — 산화물·고분자 고체전해질 연구실",
  """가넷형 산화물 고체전해질과 고분자 복합전해질을 연구하고 리튬금속 음극과의 계면을 안정화한다.
  반고체·전고체 셀 설계와 공정을 함께 개발한다.""")

D("kr-cellfactory-assembly", "SECONDARY_BATTERY", "bat.cell-production", "",
  "(주)셀팩토리솔루션 — 이차전지 셀 조립·활성화 장비",
  """스태킹, 노칭, 전해액 주입, 활성화(포메이션) 장비를 제작하는 배터리 장비 기업이다. 공정 데이터 수집과
  불량 예측을 위한 스마트 장비를 개발한다.""")

D("kr-kitech-battery-twin", "SECONDARY_BATTERY", "bat.cell-production", "mfg.digital-twin",
  "한국생산기술연구원 — 배터리 제조공정 디지털트윈",
  """한국생산기술연구원은 전극 코팅부터 셀 활성화까지 배터리 제조공정 데이터를 연계한 디지털트윈과 품질 예측
  기술을 연구한다. 중소 장비 기업의 공정 최적화를 지원한다.""")

D("kr-green-energy-dev", "SECONDARY_BATTERY", "", "",
  "(주)그린에너지개발 — 에너지 기술 개발 용역",
  """에너지 분야 기업을 대상으로 기술 개발 과제 관리, 연구개발 보고서 작성, 시장 조사 용역을 수행한다.
  배터리와 신재생 분야 정부 과제 기획 경험이 있다.""")

# ================================================================ 미래모빌리티
D("kr-shieldmaterials-emi", "FUTURE_MOBILITY", "mob.emi", "mat.coatings mat.composite",
  "(주)실드머티리얼즈 — 전자파 차폐 도료·복합소재",
  """전기차 배터리팩, 인버터, 레이더 모듈의 전자파 장애(EMI)를 줄이는 전도성 차폐 도료와 흡수 복합소재를
  개발한다. 금속 하우징을 대체하는 경량 차폐 플라스틱도 공급한다.""")

D("kr-katech-emc", "FUTURE_MOBILITY", "mob.emc-test", "mob.emi",
  "한국자동차연구원 — 전장부품 EMC 시험",
  """한국자동차연구원은 차량 전장부품과 완성차의 전자파 적합성(EMC) 시험 챔버를 운영한다. 전자파 방출과
  내성 시험, 대책 부품 평가와 인증 대응을 지원한다.""")

D("kr-autovision-fusion", "FUTURE_MOBILITY", "mob.autonomous", "",
  "(주)오토비전 — 자율주행 센서퓨전 소프트웨어",
  """카메라, 레이더, 라이다 데이터를 융합해 객체를 인식하고 주행 경로를 판단하는 자율주행 인지 소프트웨어를
  개발한다. 악천후 인식 성능 향상이 주요 과제이다.""")

D("kr-lidarone", "FUTURE_MOBILITY", "mob.lidar", "mob.autonomous",
  "(주)라이다원 — 차량용 라이다 센서",
  """차량용 고해상도 라이다 센서를 개발한다. 반도체 레이저와 SPAD 수광소자 기반 솔리드스테이트 구조로
  가격과 크기를 줄이고 있다.""")

D("kr-carsecure", "FUTURE_MOBILITY", "mob.v2x-security", "",
  "(주)카시큐어 — 차량 사이버보안 솔루션",
  """차량 내부 네트워크 침입탐지(IDS), 보안 OTA, V2X 인증서 관리 솔루션을 개발한다. 자동차 사이버보안
  법규 대응 컨설팅도 제공한다.""")

D("kr-softcar-sdv", "FUTURE_MOBILITY", "mob.sdv", "",
  "(주)소프트카 — SDV 미들웨어·OTA 플랫폼",
  """소프트웨어 중심 자동차(SDV)를 위한 차량 미들웨어, 통합 제어기 소프트웨어 플랫폼, 무선 업데이트(OTA)
  기술을 개발한다.
  완성차와 부품사의 통합 제어기 개발 과제에 참여하고 있다.""")

D("kr-invertec", "FUTURE_MOBILITY", "mob.power-electronics", "sem.sic",
  "(주)인버텍 — 전기차 구동 인버터",
  """SiC 전력모듈 기반 800V 전기차 구동 인버터와 OBC(탑재형 충전기)를 개발한다. 고밀도 설계와 냉각 구조,
  EMI 필터 설계 역량을 보유하고 있다.""")

D("kr-katech-motor", "FUTURE_MOBILITY", "mob.motor", "mat.rare-earth",
  "한국자동차연구원 — 희토류 저감 구동모터",
  """희토류 영구자석 사용을 줄이거나 없앤 전기차 구동모터를 설계하고 시험한다. 권선계자형 동기모터와
  고속 모터 냉각 기술을 연구한다.""")

D("kr-kaist-olev", "FUTURE_MOBILITY", "mob.wireless-charging", "ene.wpt",
  "KAIST — 전기차 무선충전 연구실",
  """도로에 매설한 급전선으로 주행 중 전기차를 충전하는 무선충전 기술과 정차 중 고출력 무선충전 시스템을
  연구한다. 자기장 차폐와 코일 설계를 수행한다.""")

D("kr-kari-uam", "FUTURE_MOBILITY", "mob.uam", "aer.certification",
  "한국항공우주연구원 — UAM 기체·운항 기술",
  """한국항공우주연구원은 도심항공교통(UAM)용 eVTOL 기체 설계, 비행제어, 운항 관리와 안전 인증 기준 연구를
  수행한다. 실증 비행과 버티포트 운용 연구를 진행한다.""")

D("kr-airmobilitylab", "FUTURE_MOBILITY", "mob.uam", "",
  "(주)에어모빌리티랩 — eVTOL 추진계·배터리 팩",
  """eVTOL용 전기추진 모터·인버터 일체형 유닛과 고출력 배터리 팩을 개발하는 기업이다. 팩 열관리와
  충돌 안전 설계를 연구한다.""")

D("kr-hydrostack-fcev", "FUTURE_MOBILITY", "mob.fcev", "ene.fuelcell",
  "(주)하이드로스택 — 수소차 연료전지 스택 부품",
  """수소전기차용 PEM 연료전지 스택의 분리판과 막전극접합체(MEA)를 생산한다. 상용차용 고내구 스택 개발과
  저온 시동 성능 개선을 추진한다.""")

D("kr-heatpump-mobility", "FUTURE_MOBILITY", "mob.thermal", "",
  "(주)히트펌프모빌리티 — 전기차 히트펌프 열관리",
  """전기차 실내 난방과 배터리 온도를 통합 제어하는 히트펌프 열관리 모듈을 개발한다. 저온 주행거리 감소를
  줄이는 냉매 회로와 제어 로직을 설계한다.""")

D("kr-lightbody", "FUTURE_MOBILITY", "mob.lightweight", "mat.composite mat.steel",
  "(주)경량차체 — 알루미늄·CFRP 경량 차체 부품",
  """알루미늄 압출재와 탄소섬유강화플라스틱(CFRP)을 이용한 전기차 경량 차체와 배터리 하우징을 생산한다.
  이종소재 접합 기술을 보유하고 있다.""")

D("kr-av-testbed-center", "FUTURE_MOBILITY", "eq.mob-testbed", "mob.autonomous mob.v2x-security",
  "자율주행 실증 테스트베드 센터",
  """자율주행차와 커넥티드카를 시험할 수 있는 주행 시험로, V2X 통신 인프라, 센서 평가 장비를 갖춘
  장비센터이다. 기업이 시험 일정을 예약해 실차 평가를 수행할 수 있다.""")

# ================================================================ 핵심소재
D("kr-kims-ai-materials", "CORE_MATERIALS", "mat.ai-materials", "mat.steel",
  "한국재료연구원 — AI 기반 소재 설계",
  """한국재료연구원은 소재 데이터베이스와 머신러닝을 활용해 합금 조성, 공정 조건, 물성을 통합 설계하는
  기술을 연구한다. 자율 실험 장비와 연계해 소재 개발 기간을 단축하는 것을 목표로 한다.""")

D("kr-histeeltec", "CORE_MATERIALS", "mat.steel", "mob.lightweight",
  "(주)하이스틸텍 — 기가급 초고장력강",
  """인장강도 1.5GPa 이상 기가급 초고장력강 판재와 핫스탬핑 부품을 개발한다. 성형성과 수소취성 저항을
  높이는 미세조직 제어 기술을 보유하고 있다.""")

D("kr-postech-steel-lab", "CORE_MATERIALS", "mat.steel", "mat.ai-materials",
  "포항공과대학교 — 철강 미세조직 연구실",
  """첨단 고강도강의 상변태와 미세조직을 연구하고 계산재료과학으로 합금을 설계한다. 자동차용 강판과
  극저온용 강재 개발을 수행한다.""")

D("kr-kicet-ceramics", "CORE_MATERIALS", "mat.ceramics", "",
  "한국세라믹기술원 — 파인세라믹스 소재·소결",
  """한국세라믹기술원은 질화규소, 알루미나 등 파인세라믹스 소재와 소결 공정을 연구하고 시험분석 장비를
  기업에 개방한다. 전력반도체 기판용 고열전도 세라믹스를 개발한다.""")

D("kr-kist-carbon-composite", "CORE_MATERIALS", "mat.composite", "",
  "한국과학기술연구원 전북분원 — 탄소복합소재",
  """탄소섬유와 탄소복합소재의 제조공정, 재활용, 기계적 특성 평가를 연구한다. 모빌리티와 항공용 복합재
  부품 개발을 지원한다.""")

D("kr-raremagnet", "CORE_MATERIALS", "mat.rare-earth", "mob.motor",
  "(주)레어마그넷 — 희토류 영구자석",
  """네오디뮴 영구자석을 제조하고 중희토류 사용량을 줄이는 입계확산 공정을 개발한다. 폐자석에서 희토류를
  회수하는 재활용 기술도 연구한다.""")

D("kr-graphenesq", "CORE_MATERIALS", "mat.graphene", "",
  "(주)그래핀스퀘어드 — 그래핀 소재",
  """대면적 CVD 그래핀 필름과 그래핀 분말을 생산한다. 방열, 투명전극, 복합소재 응용 제품을 개발한다.""")

D("kr-biopoly", "CORE_MATERIALS", "mat.bioplastics", "",
  "(주)바이오폴리 — PLA·PHA 생분해 플라스틱",
  """식물 유래 PLA와 미생물 유래 PHA 기반 생분해 플라스틱 컴파운드를 생산한다. 해양 환경에서 분해되는 소재와
  분해 시점 제어 기술을 개발하고 있다.""")

D("kr-kribb-plastic-enzyme", "CORE_MATERIALS", "mat.plastic-recycling", "mat.bioplastics",
  "한국생명공학연구원 — 플라스틱 분해 효소",
  """한국생명공학연구원은 PET 등 플라스틱을 분해하는 효소와 미생물을 발굴·개량하고 분해산물을 다시 원료로
  쓰는 재순환 기술을 연구한다. 생분해 시점을 제어하는 신소재 플라스틱도 개발한다.""")

D("kr-krict-chem-recycling", "CORE_MATERIALS", "mat.plastic-recycling", "",
  "한국화학연구원 — 폐플라스틱 화학적 재활용",
  """한국화학연구원은 혼합 폐플라스틱을 열분해·해중합해 단량체와 나프타로 되돌리는 화학적 재활용 공정과
  촉매를 연구한다.
  재활용 원료의 품질 평가와 공정 실증을 기업과 함께 수행한다.""")

D("kr-kier-ccus", "CORE_MATERIALS", "mat.ccu", "ene.ammonia",
  "한국에너지기술연구원 — CO2 포집·전환",
  """한국에너지기술연구원은 발전소와 산업 배가스에서 이산화탄소를 포집하는 건식·습식 흡수제와 공정을 연구하고,
  포집한 CO2를 연료와 화학원료로 전환하는 기술을 실증한다.
  파일럿 규모 포집 설비를 운영하며 기업과 실증 과제를 진행한다.""")

D("kr-carbonconcrete", "CORE_MATERIALS", "mat.ccu-urban", "mat.ccu",
  "(주)카본콘크리트 — CO2 주입 콘크리트",
  """콘크리트 양생 과정에 이산화탄소를 주입해 광물로 고정하는 건설 소재 기업이다. 도시 건축물과 도로에
  CO2 흡수 기능을 갖는 소재를 적용하는 실증을 진행한다.""")

D("kr-kentech-artificial-photosynthesis", "CORE_MATERIALS", "mat.ccu-bio", "mat.ccu ene.solar",
  "한국에너지공과대학교 — 인공광합성 CO2 전환 연구",
  """식물의 광합성과 효소 구조를 모방한 촉매로 햇빛과 물을 이용해 이산화탄소를 연료와 화학물질로 전환하는
  기술을 연구한다. 생체모방 탄소 포집·전환 소재를 개발한다.""")

D("kr-kims-superalloy", "CORE_MATERIALS", "mat.superalloy", "aer.engine mfg.additive",
  "한국재료연구원 — 초내열합금·타이타늄 합금",
  """항공 엔진과 가스터빈용 니켈기 초내열합금과 타이타늄 합금의 주조, 단조, 적층제조 공정을 연구한다.
  고온 크리프와 피로 특성 평가 장비를 보유하고 있다.""")

D("kr-hardcoat", "CORE_MATERIALS", "mat.coatings", "",
  "(주)하드코트 — PVD 경질 코팅",
  """절삭공구와 금형에 질화물·탄화물 경질 코팅을 적용하는 기업이다. 내마모성과 내산화성을 높이는 다층 코팅을
  개발한다.""")

D("kr-materials-analysis-center", "CORE_MATERIALS", "eq.mat-analysis", "",
  "소재 분석 장비 공동활용센터",
  """소재 기업이 전자현미경, X선 회절, 열분석, 기계적 시험 장비를 예약해 사용할 수 있는 장비센터이다.
  분석 결과 해석과 소재 개발 컨설팅을 함께 제공한다.""")

# ================================================================ 지능형로봇
D("kr-handrobotics", "INTELLIGENT_ROBOT", "rob.hand", "rob.tactile",
  "(주)핸드로보틱스 — 다지(多指) 로봇 핸드",
  """사람 손과 유사한 5지 로봇 핸드를 개발하는 기업이다. 소형 구동기를 손가락에 내장하고 촉각센서를 결합해
  휴머노이드와 협동로봇에 적용할 수 있는 핸드를 만들고 있다. 정밀 조작과 내구성 확보가 과제이다.""")

D("kr-kimm-gripper", "INTELLIGENT_ROBOT", "rob.actuator", "rob.hand",
  "한국기계연구원 — 로봇 구동기·그리퍼",
  """한국기계연구원은 로봇 관절용 고토크 구동기, 감속기, 산업용 그리퍼와 로봇 손 메커니즘을 연구한다.
  구동기 시험 평가 장비를 기업에 제공한다.""")

D("kr-kist-humanoid", "INTELLIGENT_ROBOT", "rob.humanoid", "",
  "한국과학기술연구원 — 휴머노이드 로봇 연구",
  """한국과학기술연구원은 사람과 유사하게 걷고 작업하는 휴머노이드 로봇의 전신 제어, 인지·판단 지능,
  인간-로봇 상호작용을 연구한다.
  시뮬레이션 기반 학습과 실제 로봇 실험을 함께 수행한다.""")

D("kr-kaist-biped", "INTELLIGENT_ROBOT", "rob.humanoid", "rob.actuator",
  "KAIST 기계공학과 — 이족보행 휴머노이드 연구실",
  """이족보행 휴머노이드의 보행 제어, 균형 회복, 고출력 관절 구동기를 연구한다. 강화학습 기반 보행 제어와
  하드웨어 설계를 함께 수행한다.""")

D("kr-tactilesense", "INTELLIGENT_ROBOT", "rob.tactile", "rob.hand",
  "(주)택타일센스 — 로봇 촉각센서",
  """로봇 손가락과 그리퍼에 부착하는 압력·미끄럼 감지 촉각센서를 개발한다. 유연 전자소재 기반 센서 어레이와
  신호처리 모듈을 공급한다.""")

D("kr-snu-robot-learning", "INTELLIGENT_ROBOT", "rob.embodied-ai", "",
  "서울대학교 — 로봇학습 연구실",
  """모방학습과 강화학습, 대규모 언어·비전 모델을 이용해 로봇이 새로운 작업을 배우는 방법을 연구한다.
  시뮬레이션에서 학습한 정책을 실제 로봇에 옮기는 기술을 개발한다.""")

D("kr-factoryhumanoid", "INTELLIGENT_ROBOT", "rob.industrial-humanoid", "rob.humanoid",
  "(주)팩토리휴머노이드 — 산업용 휴머노이드",
  """제조 현장의 부품 이송, 조립 보조 작업에 투입하는 산업용 휴머노이드를 개발한다. 완성차·부품 공장에서
  시범 운영을 진행하고 있다.""")

D("kr-cobotec", "INTELLIGENT_ROBOT", "rob.collab", "",
  "(주)코봇텍 — 협동로봇",
  """사람과 같은 공간에서 작업하는 협동로봇과 충돌 감지 안전 기능을 개발한다. 중소 제조업체의 공정 자동화에
  적용한다.""")

D("kr-logisrobot-amr", "INTELLIGENT_ROBOT", "rob.amr", "",
  "(주)물류로봇 — 자율이동로봇(AMR)",
  """물류센터와 공장에서 자재를 운반하는 자율이동로봇과 다수 로봇 관제 소프트웨어를 개발한다.
  창고 관리 시스템과 연동해 자재 이동을 자동화한다.""")

D("kr-precision-reducer", "INTELLIGENT_ROBOT", "rob.actuator", "",
  "(주)정밀감속기 — 로봇용 정밀 감속기",
  """협동로봇과 휴머노이드 관절에 쓰이는 파동기어·사이클로이드 감속기를 국산화하는 기업이다.
  백래시를 줄이고 토크 밀도를 높이는 설계를 개발한다.""")

D("kr-medirobot", "INTELLIGENT_ROBOT", "rob.medical", "",
  "(주)메디로봇 — 수술로봇",
  """복강경 수술로봇과 정형외과 수술 보조 로봇을 개발한다. 영상 정합과 햅틱 피드백 기술을 연구한다.""")

D("kr-wearable-robotics", "INTELLIGENT_ROBOT", "rob.exo", "",
  "(주)웨어러블로보틱스 — 웨어러블 로봇",
  """보행 재활과 근력 보조를 위한 웨어러블 로봇을 개발한다. 사용자의 보행 의도를 인식하는 제어 알고리즘을
  연구한다.""")

D("kr-kist-bmi", "INTELLIGENT_ROBOT", "rob.bci", "",
  "한국과학기술연구원 — 뇌-기계 인터페이스 연구",
  """한국과학기술연구원은 뇌 신호를 해독해 로봇 팔과 외부 기기를 제어하는 뇌-기계 인터페이스와
  신경 전극을 연구한다.
  재활과 보조기기 분야 기업과 공동연구를 진행한다.""")

D("kr-kiro-field", "INTELLIGENT_ROBOT", "rob.field eq.rob-test", "",
  "한국로봇융합연구원 — 필드로봇 실증",
  """한국로봇융합연구원은 해양, 건설, 농업, 재난 현장에서 쓰이는 필드로봇을 개발하고 실증 시험장을 운영한다.
  로봇 성능 시험 장비를 기업에 개방한다.""")

D("kr-pnu-soft-robot", "INTELLIGENT_ROBOT", "rob.soft", "",
  "부산대학교 — 소프트로봇 연구실",
  """공압·유연소재 구동기를 이용한 소프트 그리퍼와 소프트 로봇을 연구한다. 깨지기 쉬운 물체를 다루는
  그리퍼를 개발한다.""")

D("kr-binpicking-vision", "INTELLIGENT_ROBOT", "rob.vision", "",
  "(주)빈피킹비전 — 로봇 3D 비전",
  """무작위로 쌓인 부품을 로봇이 집을 수 있게 하는 3D 카메라와 딥러닝 인식 소프트웨어를 개발한다.
  여러 로봇 제조사의 제어기와 연동할 수 있다.""")

D("kr-robot-safety-center", "INTELLIGENT_ROBOT", "eq.rob-test", "rob.collab",
  "로봇 성능·안전 시험인증센터",
  """협동로봇과 서비스로봇의 안전 규격 시험, 충돌력 측정, 성능 평가를 수행하는 장비센터이다.
  인증 컨설팅과 시험 장비 임대를 함께 제공한다.""")

D("kr-skku-multiverse-avatar", "INTELLIGENT_ROBOT", "meta.avatar", "rob.haptics",
  "성균관대학교 — 멀티버스 아바타·감각 공유 연구",
  """현실 공간과 동기화된 가상공간에서 아바타와 사람이 촉각, 시각 등 감각과 경험을 공유하는 플랫폼을
  연구한다. 햅틱 인터페이스와 아바타 제어 기술을 개발한다.""")
