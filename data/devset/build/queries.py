"""Authored queries and their judgments.

Q(kind, field, source, text, judge)
  kind    pair | center | supergap | alchemist | need
  field   the super-gap field the need belongs to (for counting)
  source  the seed record the query was derived from, or "" for our own needs
  judge   space-separated judgment terms, applied in order:
            tag=G   every document carrying tag as a primary tag gets grade G; a document
                    carrying it as a secondary tag gets 1 if G is 2 (else nothing)
            @doc=G  document doc gets grade G (overrides what tags gave)
            -doc    document doc is not relevant (overrides tags)
Ids q001... are assigned in order of declaration.
"""

QUERIES = []


def Q(kind, field, source, text, judge):
    QUERIES.append({"kind": kind, "field": field, "source": source,
                    "text": " ".join(text.split()), "judge": judge.split()})


# ===================================================================== (1) 2024 example pairs
Q("pair", "INTELLIGENT_ROBOT", "ROBOTIS→MIT",
  """휴머노이드 상용화의 마지막 관문인 로봇 손 기술을 완성하려고 합니다. 사람 손처럼 물체를 잡고 조작하는
  다지 핸드를 함께 개발할 해외 연구기관을 찾습니다.""",
  "rob.hand=2 @pt-mit=1 @gicc-mit=1 @kr-handrobotics=1")
Q("pair", "INTELLIGENT_ROBOT", "ROBOTIS→MIT",
  "Partner to finish a dexterous multi-fingered robot hand for commercial humanoid robots",
  "rob.hand=2 @pt-mit=1 @gicc-mit=1")
Q("pair", "SECONDARY_BATTERY", "Nanointech→Fraunhofer",
  """차세대 건식 전극 제조 공정 기술을 개발하고 양산용 장비 솔루션까지 확보할 협력 기관을 찾습니다.""",
  "bat.dry-electrode=2 @pt-fraunhofer=1 @gicc-fraunhofer=1")
Q("pair", "DISPLAY", "Samsung Display→MIT",
  """XR용 디스플레이 상용화의 최대 난제인 발열 문제를 해결하고 싶습니다. 마이크로디스플레이 패널과
  구동칩의 열을 줄이거나 분산시키는 기술을 가진 곳을 찾습니다.""",
  "dsp.xr-thermal=2 th.cooling=1 @pt-mit=1")
Q("pair", "DISPLAY", "Samsung Display→MIT",
  "heat problem in near-eye XR displays — thermal management partner",
  "dsp.xr-thermal=2 th.cooling=1 @pt-mit=1")
Q("pair", "ADVANCED_BIO", "HanAll Biopharma→MIT",
  """mRNA 방식으로 눈, 귀 등 인체 조직의 생체 나이를 되돌리는 역노화 치료 기술 공동연구 기관""",
  "bio.mrna-aging=2 @pt-mit=1")
Q("pair", "FUTURE_MOBILITY", "Noroo Paint→Purdue",
  """미래 모빌리티의 전자파 장애(EMI)를 획기적으로 개선하는 소재를 개발하려고 합니다. 전기차 전장부품용
  차폐·흡수 도료와 복합소재 분야 파트너를 원합니다.""",
  "mob.emi=2 @pt-purdue=1 @gicc-purdue=1")
Q("pair", "FUTURE_MOBILITY", "Noroo Paint→Purdue",
  "EMI shielding and absorbing materials for electric and autonomous vehicles",
  "mob.emi=2 @pt-purdue=1 @gicc-purdue=1")
Q("pair", "SEMICONDUCTOR", "K-water→Yale",
  """반도체 첨단 공정에 쓰이는 초순수(UPW)를 생산하는 핵심 기술을 확보하고 싶습니다""",
  "sem.upw=2 @pt-yale=1 @gicc-yale=1")
Q("pair", "SEMICONDUCTOR", "Zaram→Numenta",
  """사람 뇌가 작동하는 방식을 그대로 칩에 구현해서 전력을 거의 쓰지 않는 AI 반도체를 만들고자 합니다.""",
  "sem.neuromorphic=2")
Q("pair", "SEMICONDUCTOR", "Zaram→Numenta",
  "brain-inspired ultra low power AI chip",
  "sem.neuromorphic=2")
Q("pair", "ADVANCED_BIO", "Handok→Harvard Medical School",
  """현존 항암제의 내성과 독성 부작용을 최소화하는 신약개발 기술 협력처를 찾고 있습니다.""",
  "bio.oncology-resistance=2 @pt-hms=1 @kr-organoidlab=1")
Q("pair", "ADVANCED_BIO", "Handok→Harvard Medical School",
  "New drug development to overcome resistance to existing anticancer drugs and reduce their toxic side effects",
  "bio.oncology-resistance=2 @pt-hms=1 @kr-organoidlab=1")

# ===================================================================== (2) cooperation centers
Q("center", "SECONDARY_BATTERY", "GICC_FRAUNHOFER",
  """프라운호퍼 협력센터를 통해 배터리 셀 제조공정 공동연구를 추진하고 싶습니다.""",
  "@gicc-fraunhofer=2 @pt-fraunhofer-ffb=2 @pt-fraunhofer-iws=2 @pt-fraunhofer-ikts=1 @pt-fraunhofer-iwks=1 @pt-fraunhofer=1")
Q("center", "SEMICONDUCTOR", "GICC_FRAUNHOFER",
  """Joint semiconductor projects with Fraunhofer institutes in Germany: 300 mm pilot line,
  SiC power electronics and wafer-level packaging.""",
  "@gicc-fraunhofer=2 @pt-fraunhofer-ipms=2 @pt-fraunhofer-iisb=2 @pt-fraunhofer-izm=2 @pt-fraunhofer-iaf=1 @pt-fraunhofer=1")
Q("center", "SECONDARY_BATTERY", "GICC_FRAUNHOFER",
  """독일에 있는 글로벌 산업기술 협력센터에서 이차전지 공동연구를 지원받을 수 있나요?""",
  "@gicc-fraunhofer=2 @pt-fraunhofer=1 @pt-fraunhofer-iws=1 @pt-fraunhofer-ffb=1 @pt-fraunhofer-ikts=1 @pt-fraunhofer-iwks=1")
Q("center", "INTELLIGENT_ROBOT", "GICC_YALE",
  """예일대 글로벌 산업기술 협력센터와 로봇·AI 분야 공동연구 과제를 기획하려 합니다.""",
  "@gicc-yale=2 @pt-yale-grasping-soft=2 @pt-yale-hri=2 @pt-yale-efficient-hardware=1 @pt-yale=1")
Q("center", "SEMICONDUCTOR", "GICC_YALE",
  "Semiconductor cooperation with Yale: low-power AI hardware and cryogenic quantum devices",
  "@gicc-yale=2 @pt-yale-efficient-hardware=2 @pt-yale-quantum-devices=2 @pt-yale-membrane-water=1 @pt-yale=1")
Q("center", "FUTURE_MOBILITY", "GICC_PURDUE",
  """퍼듀대와 미래모빌리티 분야(전기차 무선충전, 자율주행) 공동연구""",
  "@gicc-purdue=2 @pt-purdue-ev-charging=2 @pt-purdue-autonomous=2 @pt-purdue-emc-materials=1 @pt-purdue-electronics-cooling=1 @pt-purdue=1")
Q("center", "SECONDARY_BATTERY", "GICC_PURDUE",
  """퍼듀 협력센터를 활용한 배터리 안전성 공동연구""",
  "@gicc-purdue=2 @pt-purdue-battery-safety=2 @pt-purdue=1")
Q("center", "SEMICONDUCTOR", "GICC_PURDUE",
  "Purdue collaboration on chiplet packaging and heterogeneous integration",
  "@gicc-purdue=2 @pt-purdue-hetero-integration=2 @pt-purdue=1")
Q("center", "ADVANCED_BIO", "GICC_JOHNS_HOPKINS",
  """존스홉킨스 바이오 협력센터를 통해 항암 면역치료와 유전자치료 공동연구를 하고 싶습니다.""",
  "@gicc-johns-hopkins=2 @pt-jhu-cancer-immunotherapy=2 @pt-jhu-gene-therapy=2 @pt-johns-hopkins=1")
Q("center", "ADVANCED_BIO", "GICC_JOHNS_HOPKINS",
  "Johns Hopkins cooperation center for bio and medical technology",
  "@gicc-johns-hopkins=2 @pt-johns-hopkins=2 @pt-jhu-cancer-immunotherapy=1 @pt-jhu-biomaterials=1 @pt-jhu-gene-therapy=1 @pt-jhu-aging=1 @pt-jhu-surgical-robotics=1")
Q("center", "SEMICONDUCTOR", "GICC_GEORGIA_TECH",
  """조지아텍과 반도체 패키징, 특히 유리기판(글라스 코어) 공동연구""",
  "@gicc-georgia-tech=2 @pt-gatech-glass-packaging=2 @pt-georgia-tech=1")
Q("center", "DISPLAY", "GICC_GEORGIA_TECH",
  """조지아텍 협력센터 디스플레이 분야 — 마이크로LED와 OLED 소재 공동연구 가능한 연구실""",
  "@gicc-georgia-tech=2 @pt-gatech-microled=2 @pt-gatech-organic-electronics=2 @pt-gatech-oxide-tft=1 @pt-georgia-tech=1")
Q("center", "ADVANCED_MANUFACTURING", "GICC_MIT",
  "MIT smart manufacturing collaboration through the Korean cooperation center",
  "@gicc-mit=2 @pt-mit-data-manufacturing=2 @pt-mit=1")
Q("center", "INTELLIGENT_ROBOT", "GICC_MIT",
  """MIT 로봇·AI 분야 공동연구 거점과 연구실 연결 요청""",
  "@gicc-mit=2 @pt-mit-dexterous-hand=2 @pt-mit-legged-robots=2 @pt-mit-robot-learning=2 @pt-mit=1")
Q("center", "ADVANCED_BIO", "GICC_STANFORD",
  """스탠퍼드대와 바이오·로봇 분야 공동연구 과제를 발굴하고 싶습니다.""",
  "@gicc-stanford=2 @pt-stanford=1 @pt-stanford-synbio=1 @pt-stanford-bci=1 @pt-stanford-robot-learning=1 @pt-stanford-aging=1 @pt-stanford-haptic-robotics=1")
Q("center", "ADVANCED_BIO", "GICC_STANFORD",
  "Stanford brain-computer interface lab for a joint project",
  "@pt-stanford-bci=2 @gicc-stanford=1 @pt-stanford=1")
Q("center", "ADVANCED_BIO", "GICC_JOHNS_HOPKINS GICC_STANFORD",
  """미국 바이오 분야 글로벌 산업기술 협력센터""",
  "@gicc-johns-hopkins=2 @gicc-stanford=2 @pt-johns-hopkins=1 @pt-stanford=1")
Q("center", "DISPLAY", "GICC_GEORGIA_TECH",
  "US cooperation center covering displays",
  "@gicc-georgia-tech=2 @pt-georgia-tech=1")

# ===================================================================== (3) super-gap projects
Q("supergap", "SEMICONDUCTOR", "SG_2025_01",
  """주력산업 맞춤형 온디바이스 AI 반도체(SoC, 센서, 모듈) 기술개발 협력 기관""",
  "sem.ondevice-ai=2")
Q("supergap", "SEMICONDUCTOR", "SG_2025_01",
  "on-device AI accelerator chip for cars, home appliances and factory sensors",
  "sem.ondevice-ai=2")
Q("supergap", "SEMICONDUCTOR", "SG_2025_02",
  """12인치급 웨이퍼 기반 반도체 소부장 조기 상용화를 위한 실증 미니팹 구축. 해외 파일럿 라인 운영 경험이 있는
  기관과 협력하고 싶습니다.""",
  "sem.minifab=2 @kr-nnfc-12inch-testbed=1")
Q("supergap", "NEXTGEN_NUCLEAR", "SG_2025_03",
  """i-SMR 표준설계인가 획득을 위한 인허가 기술 지원""",
  "nuc.licensing=2 nuc.smr-design=1")
Q("supergap", "NEXTGEN_NUCLEAR", "SG_2025_03",
  "SMR standard design approval: safety analysis report and regulatory review support",
  "nuc.licensing=2 nuc.smr-design=1")
Q("supergap", "NEXTGEN_NUCLEAR", "SG_2025_04",
  """SMR 다목적 활용 — 원자력 수소 생산, 해수담수화, 지역난방 연계 기술""",
  "nuc.multi=2 @kr-kist-soec=1")
Q("supergap", "NEW_ENERGY", "SG_2025_05",
  """액화수소 해상운송과 벙커링 핵심기술 실증 파트너를 찾습니다. 운반선 화물창 단열과 증발가스 처리가
  핵심입니다.""",
  "ene.lh2=2")
Q("supergap", "NEW_ENERGY", "SG_2025_05",
  "LH2 bunkering",
  "@ov-ntnu-lh2-bunkering=2 @kr-kimm-lh2=2 @ov-cryomarine-lh2=1 @kr-cryoship=1 @ov-nasa-ksc-cryogenics=1 @kr-komeri-shipyard=1")
Q("supergap", "NEW_ENERGY", "SG_2025_06",
  """비리튬계·비전지 장주기(8시간, 100MW 이상) 대용량 ESS 기술개발""",
  "ene.ldes-flow=2 ene.ldes-nonbattery=2 @kr-hanyang-sodium=1")
Q("supergap", "NEW_ENERGY", "SG_2025_06",
  "long-duration grid storage without lithium, 8 hours or more",
  "ene.ldes-flow=2 ene.ldes-nonbattery=2 @kr-hanyang-sodium=1")

# ===================================================================== (3) Alchemist themes
Q("alchemist", "ADVANCED_BIO", "ALCH_2020_ARTIFICIAL_ECO_FOOD",
  """가축 세포를 배양해 동물성 영양성분을 가진 가공식품(배양육)을 개발하려 합니다.""",
  "bio.cultured-meat=2")
Q("alchemist", "CORE_MATERIALS", "ALCH_2020_AI_SUPERCRITICAL_MATERIALS",
  """AI로 소재 공정과 물성을 통합 설계해서 이론 물성 한계에 가까운 초고장력강과 초이온전도체를 개발""",
  "mat.ai-materials=2 @ov-tokyotech-superionic=1 @kr-histeeltec=1")
Q("alchemist", "ADVANCED_BIO", "ALCH_2020_BRAIN_TO_X",
  """생각만으로 외부 기기를 제어하고 소통하는 쌍방향 뇌-컴퓨터 인터페이스(BCI)""",
  "rob.bci=2")
Q("alchemist", "ADVANCED_BIO", "ALCH_2020_SOFT_IMPLANT",
  """면역거부반응 없이 간·췌장 기능을 대체하는 소프트 임플란트""",
  "bio.implant=2")
Q("alchemist", "ADVANCED_BIO", "ALCH_2022_AGING_REVERSAL",
  """세포 노화 전에 노화 유전인자를 규명·진단하고 발현을 조절해 노화를 역전시키는 기술""",
  "@kr-skku-aging-reversal=2 @pt-hms-aging-epigenetics=2 @ov-salk-reprogramming=2 @pt-stanford-aging=1 @ov-buck-aging=1 @pt-jhu-aging=1 @pt-mit-rna-rejuvenation=1 @ov-rejuvenate-therapeutics=1")
Q("alchemist", "DISPLAY", "ALCH_2022_HYPERREAL_METAVERSE",
  """인간의 시각 인지 한계를 뛰어넘는 초실감 입체영상 구현 — 홀로그램 디스플레이""",
  "dsp.holo=2 dsp.optics-xr=1")
Q("alchemist", "CORE_MATERIALS", "ALCH_2022_BIOMIMETIC_CARBON",
  """생명현상과 생체 구조를 모방한 탄소 포집·전환 기술""",
  "mat.ccu-bio=2 mat.ccu=1")
Q("alchemist", "CORE_MATERIALS", "ALCH_2023_BEYOND_PLASTIC",
  """생분해 시점을 제어할 수 있는 지속가능한 플라스틱 신소재와 분해 후 물질 재순환 기술""",
  "mat.bioplastics=2 mat.plastic-recycling=1 @kr-kribb-plastic-enzyme=2")
Q("alchemist", "INTELLIGENT_ROBOT", "ALCH_2023_MULTIVERSE_AVATAR",
  """Multiverse avatar platform where avatars and real people share senses and experiences""",
  "meta.avatar=2 rob.haptics=1")
Q("alchemist", "CORE_MATERIALS", "ALCH_2023_URBAN_CCU",
  """건물, 도로 같은 도시 인프라를 활용한 CO2 흡수·저장·전환""",
  "mat.ccu-urban=2 mat.ccu=1")
Q("alchemist", "INTELLIGENT_ROBOT", "ALCH_2024_NEXT_GEN_HUMANOID",
  """인간처럼 생각하고 느끼며 소통할 수 있는 차세대 휴머노이드 개발에 참여할 연구기관""",
  "rob.humanoid=2")
Q("alchemist", "SEMICONDUCTOR", "ALCH_2024_ULTIMATE_SEMICONDUCTOR",
  """우주, 원전 같은 고온·극저온·방사선 극한 환경에서도 안정적으로 동작하는 반도체 소자""",
  "sem.extreme-env=2")
Q("alchemist", "ADVANCED_MANUFACTURING", "ALCH_2024_IDEA_TO_PRODUCT",
  """아이디어만 있으면 AI가 설계와 최적 공정을 만들고 공장을 찾아 연결해 주는 제조 플랫폼. 공장이 없는
  스타트업도 부품을 만들 수 있어야 합니다.""",
  "mfg.cloud=2")
Q("alchemist", "NEW_ENERGY", "ALCH_2025_ENERGY_TRANSFER",
  """초전도와 무선전력전송으로 대규모 전력을 시공간 제약 없이 보내는 기술""",
  "ene.superconducting=2 ene.wpt=2")
Q("alchemist", "SEMICONDUCTOR", "ALCH_2025_UNBREAKABLE_SECURITY",
  """AI 자동학습과 하드웨어 융합으로 스스로 판단하고 실시간으로 진화하는 보안 기술""",
  "sec.ai-defense=2 sem.hw-security=1")
Q("alchemist", "ADVANCED_BIO", "ALCH_2025_NEURO_AI_AUGMENTATION",
  "implantable neural interface that uses AI to decode nerve signals and augment physical abilities",
  "@kr-neurobridge=2 @pt-stanford-bci=2 @pt-hms-neural-prosthetics=2 @ov-wyss-center-neural=2 @kr-kist-bmi=1 @kr-snu-b2x=1 @ov-abilitylab-exo=1")
Q("alchemist", "SEMICONDUCTOR", "ALCH_PLUS_NEUROMORPHIC_SEMICONDUCTOR",
  """뇌 구조 모방 뉴로모픽 반도체""",
  "sem.neuromorphic=2")
Q("alchemist", "INTELLIGENT_ROBOT", "ALCH_PLUS_INDUSTRIAL_HUMANOID",
  """제조 현장에 투입할 산업용 휴머노이드""",
  "rob.industrial-humanoid=2 rob.humanoid=1")
Q("alchemist", "ADVANCED_BIO", "ALCH_PLUS_ZERO_AGING",
  "zero ageing: therapies that stop or reverse biological ageing",
  "bio.aging=2 bio.mrna-aging=2")

# ===================================================================== (4) own needs — 반도체
Q("need", "SEMICONDUCTOR", "", """EUV용 포토레지스트 공동개발 파트너를 찾습니다""",
  "sem.euv-resist=2")
Q("need", "SEMICONDUCTOR", "", """SiC 전력반도체 기판 결함 검사 장비""",
  "@ov-wafersight-sic-inspection=2 @kr-optix-sic-inspection=2 @ov-linkoping-sic-epitaxy=1 @pt-fraunhofer-iisb=1")
Q("need", "SEMICONDUCTOR", "", """8인치 SiC 단결정 성장 기술에서 마이크로파이프·기저면 전위를 줄이고 싶습니다.""",
  "@kr-scrystal-sic-wafer=2 @ov-linkoping-sic-epitaxy=2 @pt-fraunhofer-iisb=1 @kr-optix-sic-inspection=1")
Q("need", "SEMICONDUCTOR", "", "SiC MOSFET gate oxide reliability for EV traction inverters",
  "@ov-ncsu-sic-devices=2 @kr-keri-sic-power=2 @pt-fraunhofer-iisb=2 @ov-vt-cpes-inverter=1 @kr-invertec=1")
Q("need", "SEMICONDUCTOR", "", """HBM 적층용 하이브리드 본딩 공정 공동연구""",
  "@ov-astar-hybrid-bonding=2 @kr-bondingsol-hybrid=2 @pt-fraunhofer-izm=1 @pt-purdue-hetero-integration=1 @pt-gatech-glass-packaging=1")
Q("need", "SEMICONDUCTOR", "", "glass core substrate for large AI chip packages",
  "@pt-gatech-glass-packaging=2 @pt-fraunhofer-izm=1 @ov-astar-hybrid-bonding=1")
Q("need", "SEMICONDUCTOR", "", """PIM(프로세싱 인 메모리) 기반 AI 가속기 설계 협력""",
  "sem.pim=2")
Q("need", "SEMICONDUCTOR", "", """ALD 전구체 국산화를 위한 합성·정제 기술 협력""",
  "@ov-atomica-precursors=2 @kr-kcprecursor-ald=2 @kr-krict-semi-materials=2 @ov-tohoku-plasma=1")
Q("need", "SEMICONDUCTOR", "", "low-GWP etch gases and atomic layer etching process",
  "@ov-tohoku-plasma=2 @kr-krict-semi-materials=1 @kr-kcprecursor-ald=1")
Q("need", "SEMICONDUCTOR", "", """실리콘 포토닉스 광트랜시버 설계와 광섬유 결합 패키징""",
  "sem.photonics=2")
Q("need", "SEMICONDUCTOR", "", """웨이퍼 CD·오버레이 계측""",
  "@ov-nist-metrology=2 @kr-nanoimetrix-metrology=2 @ov-imec-euv-patterning=1")
Q("need", "SEMICONDUCTOR", "", """식각 챔버 부품의 파티클을 줄이는 내플라즈마 코팅 기술이 필요합니다.""",
  "@kr-plasmacoat-parts=2 @ov-tuwien-hard-coatings=1 @ov-tohoku-plasma=1")
Q("need", "SEMICONDUCTOR", "", "radiation-hardened chips for small satellites",
  "@ov-kuleuven-radhard=2 @ov-estec-radiation=2 @kr-spacechip=2 @kr-kaeri-arti-radiation=1 @ov-nasa-glenn-harsh-electronics=1")
Q("need", "SEMICONDUCTOR", "", """PUF 보안칩 공동개발""",
  "@ov-bochum-hw-security=2 @kr-secuchip-puf=2 @kr-autosecai-defense=1")
Q("need", "SEMICONDUCTOR", "", """GaN 전력소자용 에피 성장과 소자 공정을 같이 할 곳""",
  "@kr-kanc-compound=2 @pt-gatech-wbg-devices=2 @pt-fraunhofer-iaf=2 @ov-vt-cpes-inverter=1")
Q("need", "SEMICONDUCTOR", "", """반도체 불량 분석용 TEM, SIMS 장비 공동활용""",
  "@kr-semi-analysis-center=2 @kr-nnfc-12inch-testbed=1 @kr-materials-analysis-center=1")
Q("need", "SEMICONDUCTOR", "", """MoS2 같은 2차원 반도체 트랜지스터""",
  "sem.2d=2")
Q("need", "SEMICONDUCTOR", "", """EUV 펠리클 개발 기술 협력""",
  "@kr-pellicletech-euv=2 @ov-imec-euv-patterning=1 @ov-psi-euv-interference=1")
Q("need", "SEMICONDUCTOR", "", """강유전체 HfO2 메모리 공정을 300mm 웨이퍼에서 검증하고 싶습니다.""",
  "@pt-fraunhofer-ipms=2 @ov-cea-leti-pilot=1 @kr-nnfc-12inch-testbed=1")

# ===================================================================== 디스플레이
Q("need", "DISPLAY", "", """청색 OLED 발광재료의 수명을 늘리는 기술""",
  "dsp.oled-blue=2 @kr-display-eval-center=1")
Q("need", "DISPLAY", "", "TADF blue emitter co-development",
  "@ov-kyushu-tadf=2 @kr-bluemitech-oled=2 @ov-umich-blue-phosphor=1 @pt-gatech-organic-electronics=1")
Q("need", "DISPLAY", "", """마이크로 LED 대량 전사 및 리페어 장비""",
  "@ov-massxfer-microled=2 @kr-microledlab-transfer=2 @pt-gatech-microled=1 @ov-ucsb-microled=1")
Q("need", "DISPLAY", "", """카드뮴 없는 양자점 색변환 소재""",
  "dsp.qd=2")
Q("need", "DISPLAY", "", "oxide TFT backplane with higher mobility and bias stability",
  "dsp.tft=2")
Q("need", "DISPLAY", "", """폴더블폰 UTG 커버윈도우 굽힘 내구성""",
  "@kr-flexglass-utg=2 @ov-holst-flexible=1")
Q("need", "DISPLAY", "", """AR 글래스용 도파관(waveguide) 광학계를 개발할 파트너""",
  "@ov-vtt-ar-waveguides=2 @kr-kopti-ar-optics=2 @kr-pancake-optics=1 @ov-arizona-holographic=1")
Q("need", "DISPLAY", "", """잉크젯 프린팅 방식 OLED 발광층 공정""",
  "dsp.inkjet=2")
Q("need", "DISPLAY", "", "OLEDoS microdisplay for VR headsets",
  "dsp.oledos=2")
Q("need", "DISPLAY", "", """디스플레이 패널 수명과 광특성 평가 장비를 빌려 쓰고 싶어요""",
  "@kr-display-eval-center=2")
Q("need", "DISPLAY", "", """스트레처블 디스플레이""",
  "@kr-skku-stretchable=2 @ov-holst-flexible=2 @pt-gatech-microled=1")

# ===================================================================== 이차전지
Q("need", "SECONDARY_BATTERY", "", """황화물계 고체전해질 양산 공정 협력""",
  "@ov-kit-sulfide=2 @kr-sulfideone=2 @kr-keri-sulfide-se=2 @ov-giessen-solid-ionics=1 @ov-tokyotech-superionic=1 @pt-fraunhofer-iws=1")
Q("need", "SECONDARY_BATTERY", "", "sulfide solid electrolyte decomposition at the cathode interface",
  "@ov-giessen-solid-ionics=2 @ov-kit-sulfide=1 @kr-keri-sulfide-se=1")
Q("need", "SECONDARY_BATTERY", "", """전고체배터리용 고체 전해질 소재 공급처""",
  "@kr-sulfideone=2 @kr-keri-sulfide-se=1 @ov-kit-sulfide=1 @kr-unist-oxide-polymer-se=1 @pt-fraunhofer-ikts=1")
Q("need", "SECONDARY_BATTERY", "", """리튬금속 음극의 덴드라이트를 억제하는 기술이 필요합니다.""",
  "bat.li-metal=2")
Q("need", "SECONDARY_BATTERY", "", "anode-free lithium metal pouch cell",
  "@ov-anodezero-cells=2 @pt-mit-electrochemical-storage=1 @pt-stanford-battery=1 @kr-metallithium-anode=1")
Q("need", "SECONDARY_BATTERY", "", """실리콘 음극재 부피 팽창 문제""",
  "bat.si-anode=2")
Q("need", "SECONDARY_BATTERY", "", """하이니켈 양극재 단결정화로 수명 개선""",
  "bat.cathode=2 -ov-argonne-direct-recycling")
Q("need", "SECONDARY_BATTERY", "", """폐배터리 양극재를 녹이지 않고 그대로 재생하는 직접 재활용(direct recycling) 기술""",
  "@ov-argonne-direct-recycling=2 @pt-fraunhofer-iwks=2 @kr-kigam-recovery=2 @ov-circuli-hydromet=1 @kr-recyclithium=1")
Q("need", "SECONDARY_BATTERY", "", "hydrometallurgical recovery of lithium, nickel and cobalt from black mass",
  "@ov-circuli-hydromet=2 @kr-recyclithium=2 @kr-kigam-recovery=2 @pt-fraunhofer-iwks=1 @ov-argonne-direct-recycling=1")
Q("need", "SECONDARY_BATTERY", "", """ESS용 나트륨이온전지 셀 개발""",
  "bat.sodium=2 @pt-fraunhofer-ikts=1")
Q("need", "SECONDARY_BATTERY", "", """리튬황 전지 폴리설파이드 셔틀 억제""",
  "bat.li-s=2")
Q("need", "SECONDARY_BATTERY", "", """배터리 열폭주 전파 시험과 안전성 평가를 의뢰하고 싶습니다.""",
  "bat.safety=2 @kr-battery-analysis-center=1")
Q("need", "SECONDARY_BATTERY", "", "BMS state-of-health estimation",
  "bat.bms=2")
Q("need", "SECONDARY_BATTERY", "", """새로 개발한 양극재를 셀 파일럿 라인에서 시험 생산해 보고 싶습니다. 코팅부터 활성화까지
  전 공정을 갖춘 곳이면 좋겠습니다.""",
  "@pt-fraunhofer-ffb=2 @ov-warwick-wmg=2 @ov-braunschweig-labfactory=2 @kr-battery-analysis-center=1")
Q("need", "SECONDARY_BATTERY", "", """고전압 전해액 첨가제""",
  "bat.electrolyte=2")
Q("need", "SECONDARY_BATTERY", "", """2차전지 소재 개발 중인데 R&D 단계별로 필요한 분석 장비와 시험 서비스를 연결해 주세요.""",
  "@kr-battery-analysis-center=2 @kr-battery-safety-center=1")
Q("need", "SECONDARY_BATTERY", "", "dry electrode coating without NMP solvent",
  "bat.dry-electrode=2")
Q("need", "SECONDARY_BATTERY", "", """가넷형 산화물 고체전해질과 리튬금속 계면""",
  "@ov-umd-garnet=2 @kr-unist-oxide-polymer-se=2 @pt-fraunhofer-ikts=1 @ov-giessen-solid-ionics=1 @pt-mit-electrochemical-storage=1")

# ===================================================================== 미래모빌리티
Q("need", "FUTURE_MOBILITY", "", """자율주행 카메라·레이더·라이다 센서퓨전 인지 소프트웨어""",
  "mob.autonomous=2")
Q("need", "FUTURE_MOBILITY", "", "FMCW lidar for cars",
  "mob.lidar=2")
Q("need", "FUTURE_MOBILITY", "", """차량 사이버보안 — CAN 침입탐지와 보안 OTA""",
  "mob.v2x-security=2")
Q("need", "FUTURE_MOBILITY", "", """SDV(소프트웨어 중심 자동차) 통합제어기 미들웨어""",
  "mob.sdv=2 -pt-purdue-autonomous")
Q("need", "FUTURE_MOBILITY", "", """800V SiC 인버터의 고밀도 설계와 EMI 필터""",
  "mob.power-electronics=2 -pt-purdue-ev-charging")
Q("need", "FUTURE_MOBILITY", "", """희토류를 쓰지 않는 전기차 구동모터""",
  "@ov-sheffield-motors=2 @kr-katech-motor=2 @ov-ames-critical-materials=1 @kr-raremagnet=1")
Q("need", "FUTURE_MOBILITY", "", "dynamic wireless charging lanes for electric trucks",
  "mob.wireless-charging=2")
Q("need", "FUTURE_MOBILITY", "", """도심항공교통(UAM) eVTOL 기체 운항 기술과 인증""",
  "mob.uam=2 @kr-kiast-certification=1 @ov-cranfield-airworthiness=1")
Q("need", "FUTURE_MOBILITY", "", """수소 상용차 연료전지 스택 내구성 평가""",
  "mob.fcev=2")
Q("need", "FUTURE_MOBILITY", "", """전기차 히트펌프 열관리""",
  "mob.thermal=2 @pt-purdue-electronics-cooling=1")
Q("need", "FUTURE_MOBILITY", "", """전장부품 EMC 시험 챔버를 이용하고 싶습니다""",
  "@kr-katech-emc=2 @pt-purdue-emc-materials=1")
Q("need", "FUTURE_MOBILITY", "", "carbon fibre lightweight car body parts",
  "@ov-deakin-carbon-fibre=2 @kr-lightbody=2 @kr-kist-carbon-composite=1")

# ===================================================================== 핵심소재
Q("need", "CORE_MATERIALS", "", """기가급 초고장력강의 수소취성 저항성 향상""",
  "@ov-mpi-steel=2 @kr-histeeltec=2 @ov-mines-steel=1 @kr-postech-steel-lab=1")
Q("need", "CORE_MATERIALS", "", "self-driving lab for AI-accelerated materials discovery",
  "mat.ai-materials=2 -ov-mpi-steel -kr-postech-steel-lab")
Q("need", "CORE_MATERIALS", "", """네오디뮴 자석 중희토류 저감과 폐자석 재활용""",
  "@kr-raremagnet=2 @ov-ames-critical-materials=2 @pt-fraunhofer-iwks=1")
Q("need", "CORE_MATERIALS", "", """파워모듈용 고열전도 질화규소 세라믹 기판""",
  "@ov-nims-ceramics=2 @kr-kicet-ceramics=2")
Q("need", "CORE_MATERIALS", "", """그래핀 방열 소재""",
  "@kr-graphenesq=2 @ov-manchester-graphene=1 @kr-thermalgraphene-tim=1")
Q("need", "CORE_MATERIALS", "", "PHA bioplastic with controllable biodegradation",
  "@ov-wageningen-biobased=2 @kr-biopoly=2 @pt-yale-green-chemistry=1 @kr-kribb-plastic-enzyme=1")
Q("need", "CORE_MATERIALS", "", """폐플라스틱 열분해 화학적 재활용""",
  "@ov-loopcycle-chemical=2 @kr-krict-chem-recycling=2 @ov-nrel-plastic-upcycling=1")
Q("need", "CORE_MATERIALS", "", """발전소 배가스 CO2 포집 흡수제""",
  "@kr-kier-ccus=2 @ov-eth-dac=2 @pt-mit-electrochemical-ccu=1")
Q("need", "CORE_MATERIALS", "", """항공엔진용 니켈 초내열합금 적층제조""",
  "@ov-birmingham-superalloys=2 @kr-kims-superalloy=2 @kr-metalprint=1 @ov-amrc-hybrid=1")
Q("need", "CORE_MATERIALS", "", """절삭공구 PVD 경질코팅""",
  "@ov-tuwien-hard-coatings=2 @kr-hardcoat=2")

# ===================================================================== 지능형로봇
Q("need", "INTELLIGENT_ROBOT", "", """협동로봇 충돌 안전 시험과 인증""",
  "@ov-tum-cobot-safety=2 @kr-robot-safety-center=2 @kr-cobotec=1")
Q("need", "INTELLIGENT_ROBOT", "", "AMR fleet management for warehouses",
  "rob.amr=2")
Q("need", "INTELLIGENT_ROBOT", "", """로봇 관절용 정밀 감속기 국산화""",
  "@ov-precision-gearworks=2 @kr-precision-reducer=2 @kr-kimm-gripper=1 @ov-eth-rsl-actuators=1")
Q("need", "INTELLIGENT_ROBOT", "", """로봇 파운데이션 모델로 조작 작업을 학습시키는 기술""",
  "rob.embodied-ai=2")
Q("need", "INTELLIGENT_ROBOT", "", """수술로봇에 햅틱 피드백 적용""",
  "@pt-jhu-surgical-robotics=2 @pt-stanford-haptic-robotics=2 @kr-medirobot=2 @ov-imperial-hamlyn=1")
Q("need", "INTELLIGENT_ROBOT", "", """보행 재활용 웨어러블 로봇""",
  "rob.exo=2")
Q("need", "INTELLIGENT_ROBOT", "", """빈피킹 3D 비전""",
  "rob.vision=2")
Q("need", "INTELLIGENT_ROBOT", "", "soft gripper for delicate food handling",
  "rob.soft=2")
Q("need", "INTELLIGENT_ROBOT", "", """로봇 손가락 촉각센서""",
  "rob.tactile=2 @pt-mit-dexterous-hand=1")
Q("need", "INTELLIGENT_ROBOT", "", "agricultural field robots",
  "rob.field=2 -ov-bristol-decom-robotics -ov-ukaea-fusion -kr-decomrobot")

# ===================================================================== 첨단제조
Q("need", "ADVANCED_MANUFACTURING", "", """사출성형 공정 데이터를 AI로 분석해 불량을 예측하고 싶습니다""",
  "@kr-kitech-ai-process=2 @pt-mit-data-manufacturing=2 @ov-ikv-moulding=1 @kr-smartmold=1 @ov-rwth-wzl-ai=1")
Q("need", "ADVANCED_MANUFACTURING", "", "digital twin of a production line",
  "mfg.digital-twin=2")
Q("need", "ADVANCED_MANUFACTURING", "", """금속 3D프린팅 부품 품질 인증""",
  "mfg.additive=2 -ov-factorymesh-platform -ov-tudelft-generative")
Q("need", "ADVANCED_MANUFACTURING", "", """딥러닝 비전 외관 검사 자동화""",
  "mfg.inspection=2")
Q("need", "ADVANCED_MANUFACTURING", "", """배터리 탭 레이저 용접""",
  "@kr-laserweld=2 @pt-fraunhofer-iws=1 @ov-lzh-laser=1 @pt-fraunhofer-ilt=1")
Q("need", "ADVANCED_MANUFACTURING", "", """조선소 블록 용접 자동화 로봇""",
  "@ov-strathclyde-ship=2 @kr-komeri-shipyard=2 @kr-kitech-joining=1 @ov-twi-joining=1")
Q("need", "ADVANCED_MANUFACTURING", "", """스마트공장 솔루션을 도입 전에 시험해 볼 수 있는 테스트베드""",
  "@kr-smart-mfg-center=2 @pt-gatech-manufacturing=2 @pt-fraunhofer-ipa=1")

# ===================================================================== 항공·방산
Q("need", "AEROSPACE_DEFENSE", "", """초소형위성 버스와 탑재체 통합""",
  "@ov-orbitforge-cubesat=2 @kr-cubesat-korea=2 @ov-surrey-smallsat=1 @kr-kari-satellite=1")
Q("need", "AEROSPACE_DEFENSE", "", "counter-drone detection and jamming",
  "@ov-tno-counter-uas=2 @kr-dronedefense=2")
Q("need", "AEROSPACE_DEFENSE", "", """AESA 레이더용 GaN 송수신 모듈""",
  "@ov-chalmers-gan-radar=2 @kr-aesa-radar=2 @pt-fraunhofer-iaf=1")
Q("need", "AEROSPACE_DEFENSE", "", """항공기 부품 감항인증 컨설팅""",
  "aer.certification=2 @kr-aero-test-center=1 -kr-kari-uam -ov-dlr-uam")
Q("need", "AEROSPACE_DEFENSE", "", """극초음속 비행체 열방호 소재""",
  "@pt-purdue-hypersonics=2 @kr-hypersonictech=2 @ov-uq-hypersonics=1")
Q("need", "AEROSPACE_DEFENSE", "", "liquid rocket engine combustion test stand",
  "@pt-purdue-propulsion=2 @ov-dlr-space-propulsion=2 @kr-kari-launch=2")
Q("need", "AEROSPACE_DEFENSE", "", """가스터빈 블레이드 냉각 설계""",
  "@ov-oxford-turbomachinery=2 @kr-turboengine=2 @ov-nasa-glenn-cmc=1")

# ===================================================================== 차세대 원자력
Q("need", "NEXTGEN_NUCLEAR", "", """사고저항성 핵연료(ATF) 피복관""",
  "@ov-ornl-atf=2 @kr-newfuel=2 @pt-mit-nuclear-reactor-lab=1 @kr-kaeri-irradiation=1")
Q("need", "NEXTGEN_NUCLEAR", "", """원전 해체용 원격 절단 로봇""",
  "@ov-bristol-decom-robotics=2 @kr-decomrobot=2 @kr-decom-center=1")
Q("need", "NEXTGEN_NUCLEAR", "", "molten salt reactor corrosion and salt chemistry",
  "@ov-berkeley-salt-reactor=2 @kr-unist-msr=2 @pt-mit-nuclear-reactor-lab=1")
Q("need", "NEXTGEN_NUCLEAR", "", """원자로 구조재 중성자 조사 시험""",
  "nuc.materials=2 -kr-kaeri-arti-radiation -kr-newfuel -ov-berkeley-salt-reactor")
Q("need", "NEXTGEN_NUCLEAR", "", """핵융합로 플라즈마 대면 부품""",
  "@ov-ukaea-fusion=2 @kr-kfe-fusion=2 @ov-ipp-stellarator=1")
Q("need", "NEXTGEN_NUCLEAR", "", """원전 디지털 계측제어 사이버보안""",
  "nuc.ic=2")

# ===================================================================== 첨단바이오
Q("need", "ADVANCED_BIO", "", """ADC 링커·페이로드 기술 협력""",
  "bio.adc=2")
Q("need", "ADVANCED_BIO", "", "automated CAR-T manufacturing",
  "@ov-ucl-cgt-manufacturing=2 @kr-carticell=2 @pt-hms-cell-therapy=1")
Q("need", "ADVANCED_BIO", "", """환자 유래 오가노이드로 약효를 평가하고 싶습니다""",
  "bio.organoid=2 @kr-ncc-resistance=1")
Q("need", "ADVANCED_BIO", "", """간 이외 조직으로 전달되는 LNP mRNA 플랫폼""",
  "@ov-penn-lnp=2 @kr-mrnagen=2 @pt-mit-rna-rejuvenation=1 @ov-rejuvenate-therapeutics=1")
Q("need", "ADVANCED_BIO", "", """바이오파운드리 균주 개발 자동화""",
  "bio.biofoundry=2")
Q("need", "ADVANCED_BIO", "", """AI 신약 후보물질 발굴""",
  "bio.ai-drug=2")
Q("need", "ADVANCED_BIO", "", """액체생검 암 조기진단""",
  "bio.diagnostics=2 -ov-buck-aging -pt-jhu-aging")
Q("need", "ADVANCED_BIO", "", "GMP antibody CDMO and process development",
  "@kr-bio-cdmo=2 @ov-nibrt-bioprocess=1 @kr-bio-process-center=1")
Q("need", "ADVANCED_BIO", "", """망막 질환 AAV 유전자치료""",
  "@pt-jhu-gene-therapy=2")

# ===================================================================== 에너지신산업
Q("need", "NEW_ENERGY", "", """PEM 수전해 이리듐 저감 촉매""",
  "@ov-nrel-electrolysis=2 @kr-electrolysistec=2 @pt-fraunhofer-ise=1")
Q("need", "NEW_ENERGY", "", """SOEC 고온 수전해 스택 내구성""",
  "@ov-juelich-soec=2 @kr-kist-soec=2 @pt-fraunhofer-ikts=1")
Q("need", "NEW_ENERGY", "", "perovskite-silicon tandem solar cells",
  "ene.solar=2 -kr-kentech-artificial-photosynthesis")
Q("need", "NEW_ENERGY", "", """부유식 해상풍력 하부구조""",
  "ene.wind=2")
Q("need", "NEW_ENERGY", "", """암모니아 크래킹 수소 추출""",
  "ene.ammonia=2 -kr-kier-ccus")
Q("need", "NEW_ENERGY", "", """가상발전소(VPP) 운영 플랫폼""",
  "ene.vpp=2")
Q("need", "NEW_ENERGY", "", """HVDC 변환기와 그리드 포밍 인버터""",
  "ene.grid=2 -pt-fraunhofer-ise -kr-keri-superconducting")

# ===================================================================== extra: wording variants and longer needs
Q("need", "SECONDARY_BATTERY", "", """이차 전지 셀 활성화(포메이션) 장비""",
  "@kr-cellfactory-assembly=2 @pt-fraunhofer-ffb=1 @ov-warwick-wmg=1")
Q("need", "SECONDARY_BATTERY", "", """저희는 중소 배터리 장비 기업입니다. 전극 코팅·건조 공정의 데이터를 모아 품질을 예측하는
  디지털트윈을 만들고 싶습니다. 국내외 연구기관 어디든 좋습니다.""",
  "@kr-kitech-battery-twin=2 @pt-fraunhofer-ffb=1 @ov-braunschweig-labfactory=1 mfg.digital-twin=1")
Q("need", "SEMICONDUCTOR", "", """반도체 공장 초 순수 설비""",
  "sem.upw=2")
Q("need", "SEMICONDUCTOR", "", """엣지 NPU""",
  "sem.ondevice-ai=2")
Q("need", "INTELLIGENT_ROBOT", "", """휴머노이드 이족보행 제어 알고리즘을 공동연구할 해외 대학을 찾습니다.
  강화학습 기반 보행과 균형 회복이 관심사입니다.""",
  "@pt-mit-legged-robots=2 @ov-ihmc-humanoid=1 @kr-kaist-biped=1 @kr-kist-humanoid=1 @ov-eth-rsl-actuators=1 @ov-iit-humanoid=1")
Q("need", "DISPLAY", "", """XR 헤드셋 발열을 줄이는 방열 시트""",
  "@kr-thermalgraphene-tim=2 @pt-mit-microdisplay-thermal=2 @ov-umd-wearable-thermal=1 @pt-purdue-electronics-cooling=1")
Q("need", "NEW_ENERGY", "", """흐름전지(레독스 플로우 배터리) 스택""",
  "ene.ldes-flow=2")
Q("need", "ADVANCED_BIO", "", """노화세포 제거 세놀리틱스""",
  "@ov-mayo-senolytics=2 @kr-senolytics=2 @pt-jhu-aging=1")
Q("need", "CORE_MATERIALS", "", """MXene 전자파 차폐 코팅""",
  "@ov-drexel-mxene=2 @kr-shieldmaterials-emi=1 @ov-shieldtech-compounds=1")
Q("need", "FUTURE_MOBILITY", "", """전기차 주행 중 무선 충전 도로""",
  "mob.wireless-charging=2")
Q("need", "SECONDARY_BATTERY", "", """리튬 메탈 배터리 음극 보호막 코팅""",
  "bat.li-metal=2")
Q("need", "SEMICONDUCTOR", "", """SiC웨이퍼 결함검사""",
  "@ov-wafersight-sic-inspection=2 @kr-optix-sic-inspection=2 @ov-linkoping-sic-epitaxy=1 @pt-fraunhofer-iisb=1")
Q("need", "SECONDARY_BATTERY", "", """당사는 전기차용 배터리 팩을 만드는 중견기업입니다. 최근 셀 간 열폭주 전파를 막는 차단 설계의
  검증이 필요해졌습니다. 해외 시험기관과 공동으로 평가하고 싶습니다.""",
  "@ov-sandia-abuse=2 @pt-purdue-battery-safety=2 @kr-battery-safety-center=1")
Q("need", "DISPLAY", "", """We are a Korean display panel maker. Blue OLED lifetime is limiting our next product.
  We want a university partner for joint emitter development.""",
  "@ov-kyushu-tadf=2 @ov-umich-blue-phosphor=2 @pt-gatech-organic-electronics=2 @kr-bluemitech-oled=1")
Q("need", "INTELLIGENT_ROBOT", "", """휴머노이드용 로봇핸드""",
  "rob.hand=2")
Q("need", "SECONDARY_BATTERY", "", """전고체 전지 황화물 전해질""",
  "bat.sulfide-se=2")
Q("need", "NEXTGEN_NUCLEAR", "", """원자력 수소""",
  "nuc.multi=2 @kr-kist-soec=1")
Q("need", "ADVANCED_MANUFACTURING", "", """중소 금형업체입니다. 사출 성형 불량이 잦아 금형 내부 센서로 실시간 품질 관리를 하고 싶습니다.
  국내 기업이나 연구소를 선호합니다.""",
  "@kr-smartmold=2 @kr-kitech-ai-process=2 @ov-ikv-moulding=1 @pt-mit-data-manufacturing=1")
Q("need", "AEROSPACE_DEFENSE", "", """항공 부품 진동·환경 시험 장비 예약""",
  "@kr-aero-test-center=2")
Q("need", "SEMICONDUCTOR", "", """SiC 전력반도체 공정 기술이전을 받을 수 있는 기관""",
  "@kr-keri-sic-power=2 @pt-fraunhofer-iisb=1 @ov-ncsu-sic-devices=1")

# ===================================================================== coverage of remaining fields' neighbours
Q("need", "ADVANCED_MANUFACTURING", "", """광학 부품 초정밀 절삭가공과 공작기계 진동 보정""",
  "@kr-ultraprecision=2 @ov-darmstadt-ptw=2 @ov-rwth-wzl-ai=1")
Q("need", "AEROSPACE_DEFENSE", "", "composite wing panels made by automated fibre placement",
  "@ov-bristol-composites=2 @kr-aerocomposite=2 @kr-kist-carbon-composite=1")
Q("need", "AEROSPACE_DEFENSE", "", """항공기 엔진 예지정비(MRO) 데이터 분석""",
  "@kr-airmro=2 @ov-ntu-mro=2 @ov-cranfield-airworthiness=1")
Q("need", "AEROSPACE_DEFENSE", "", "autonomous navigation for very small drones with little onboard computing",
  "@ov-tudelft-mavlab=2 @kr-dronedefense=1")
Q("need", "AEROSPACE_DEFENSE", "", """DO-178C 항공 소프트웨어 인증 대응""",
  "@kr-avionics=2 @ov-onera-avionics=2 @ov-cranfield-airworthiness=1 @kr-kiast-certification=1")
Q("need", "NEXTGEN_NUCLEAR", "", "deep geological repository safety assessment for spent fuel",
  "@ov-psi-repository=2 @kr-radwaste=1")
Q("need", "NEXTGEN_NUCLEAR", "", """중저준위 방사성폐기물 감용·고화 처리""",
  "@kr-radwaste=2")
Q("need", "NEXTGEN_NUCLEAR", "", """SMR 모듈을 공장에서 제작하고 주기기 용접을 자동화하려고 합니다.""",
  "@kr-nuclear-components=2 @kr-kitech-joining=1")
Q("need", "NEW_ENERGY", "", """건물·데이터센터용 SOFC 발전 시스템""",
  "@kr-sofc-power=2 @ov-juelich-soec=2 @pt-fraunhofer-ikts=1")
Q("need", "NEW_ENERGY", "", """수전해 설비 성능·안전성 시험을 맡길 곳""",
  "@kr-energy-test-center=2 @pt-fraunhofer-ise=1")
Q("need", "AEROSPACE_DEFENSE", "", "partner to build a science instrument and spacecraft for a planetary mission",
  "@pt-jhu-apl-space=2 @ov-surrey-smallsat=1 @kr-kari-satellite=1")
