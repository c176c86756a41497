namespace TechBridge.Core.Data.Seeding.Demo;

public static partial class DemoVocabulary
{
    private static DemoFieldVocabulary IntelligentRobot() => new(
        "INTELLIGENT_ROBOT",
        T("지능형로봇", "intelligent robots"),
        [
            T("다물체 동역학 해석", "multibody dynamics analysis"),
            T("물리 기반 시뮬레이션", "physics-based simulation"),
            T("모션 캡처 분석", "motion-capture analysis"),
            T("사용자 평가 실험", "user studies"),
            T("ISO 10218 위험성 평가", "ISO 10218 risk assessment"),
        ],
        [
            Topic(
                [
                    T("협동로봇", "collaborative robots"),
                    T("다관절 로봇 핸드", "dexterous robot hands"),
                    T("촉각 센서", "tactile sensors"),
                    T("비전 기반 파지 시스템", "vision-based grasping systems"),
                ],
                [
                    T("모방학습", "imitation learning"),
                    T("임피던스 제어", "impedance control"),
                    T("비전-언어-행동(VLA) 모델", "vision–language–action models"),
                ],
                [
                    T("파지 성공률", "grasp success rate"),
                    T("협업 안전성", "collaborative safety"),
                    T("작업 유연성", "task flexibility"),
                ],
                [
                    T("자동차 조립 라인", "automotive assembly lines"),
                    T("식품 가공 공정", "food processing lines"),
                    T("전자부품 조립", "electronics assembly"),
                ],
                [
                    M("파지 성공률", "grasp success rate", "%", 85, 99, 1),
                    M("반복 정밀도", "repeatability", "mm", 0.01, 0.1, 3),
                    M("가반하중", "payload", "kg", 3, 35, 1),
                ]),
            Topic(
                [
                    T("휴머노이드 로봇", "humanoid robots"),
                    T("4족 보행 로봇", "quadruped robots"),
                    T("자율이동로봇(AMR)", "autonomous mobile robots"),
                    T("준직접구동 액추에이터", "quasi-direct-drive actuators"),
                ],
                [
                    T("강화학습", "reinforcement learning"),
                    T("SLAM 기반 위치추정", "SLAM-based localisation"),
                    T("시뮬레이션-실환경 전이(Sim2Real)", "sim-to-real transfer"),
                ],
                [
                    T("보행 안정성", "locomotion stability"),
                    T("위치 추정 정확도", "localisation accuracy"),
                    T("에너지 효율", "energy efficiency"),
                ],
                [
                    T("스마트 물류센터", "smart logistics centres"),
                    T("재난 대응", "disaster response"),
                    T("제조 현장 물류", "intralogistics"),
                ],
                [
                    M("보행 속도", "walking speed", "m/s", 0.8, 3.0, 2),
                    M("위치 추정 오차", "localisation error", "cm", 1, 8, 1),
                    M("토크 밀도", "torque density", "N·m/kg", 20, 120, 0),
                ]),
            Topic(
                [
                    T("웨어러블 외골격 로봇", "wearable exoskeletons"),
                    T("수술 로봇", "surgical robots"),
                    T("돌봄 로봇", "care robots"),
                    T("소형 정밀 감속기", "compact precision reducers"),
                ],
                [
                    T("근전도(EMG) 기반 의도 추정", "EMG-based intent estimation"),
                    T("원격 조작 제어", "teleoperation control"),
                    T("힘 피드백 제어", "haptic feedback control"),
                ],
                [
                    T("보조 토크 정밀도", "assistive-torque accuracy"),
                    T("사용자 적응성", "user adaptability"),
                    T("동작 정밀도", "motion precision"),
                ],
                [
                    T("재활 의료", "rehabilitation"),
                    T("노인 돌봄 서비스", "elderly care services"),
                    T("최소침습 수술", "minimally invasive surgery"),
                ],
                [
                    M("대사 에너지 절감률", "metabolic cost reduction", "%", 8, 25, 1),
                    M("말단 위치 오차", "end-effector position error", "mm", 0.1, 1.5, 2),
                    M("백래시", "backlash", "arcmin", 0.5, 3, 1),
                ]),
        ]);

    private static DemoFieldVocabulary AdvancedManufacturing() => new(
        "ADVANCED_MANUFACTURING",
        T("첨단제조", "advanced manufacturing"),
        [
            T("유한요소해석(FEA)", "finite element analysis"),
            T("공정 시뮬레이션", "process simulation"),
            T("베이지안 최적화", "Bayesian optimisation"),
            T("산업 사물인터넷(IIoT) 센싱", "IIoT sensing"),
            T("X선 CT 검사", "X-ray computed tomography"),
        ],
        [
            Topic(
                [
                    T("금속 3D 프린팅 부품", "metal 3D-printed parts"),
                    T("하이브리드 적층-절삭 공정", "hybrid additive–subtractive processes"),
                    T("레이저 용접부", "laser-welded joints"),
                    T("직접에너지적층(DED) 보수층", "directed-energy-deposition repairs"),
                ],
                [
                    T("레이저 분말 베드 용융(L-PBF)", "laser powder bed fusion"),
                    T("용융풀 모니터링", "melt-pool monitoring"),
                    T("후열처리", "post-process heat treatment"),
                ],
                [
                    T("치수 정밀도", "dimensional accuracy"),
                    T("기공 제어", "porosity control"),
                    T("잔류응력 제어", "residual-stress control"),
                ],
                [
                    T("항공 엔진 부품", "aero-engine components"),
                    T("반도체 장비 부품", "semiconductor equipment parts"),
                    T("조선 블록 용접", "ship block welding"),
                ],
                [
                    M("상대 밀도", "relative density", "%", 98.5, 99.95, 2),
                    M("치수 오차", "dimensional error", "μm", 5, 60, 0),
                    M("적층 속도", "build rate", "cm³/h", 10, 120, 0),
                ]),
            Topic(
                [
                    T("스마트 공장", "smart factories"),
                    T("예지보전 시스템", "predictive maintenance systems"),
                    T("산업용 디지털 트윈", "industrial digital twins"),
                    T("머신비전 검사 시스템", "machine-vision inspection systems"),
                    T("자율제조 셀", "autonomous manufacturing cells"),
                ],
                [
                    T("이상 탐지 딥러닝", "deep-learning anomaly detection"),
                    T("엣지 컴퓨팅", "edge computing"),
                    T("공정 데이터 분석", "process data analytics"),
                ],
                [
                    T("설비 종합효율", "overall equipment effectiveness"),
                    T("불량 검출률", "defect detection rate"),
                    T("생산성", "productivity"),
                ],
                [
                    T("자동차 부품 제조", "automotive parts manufacturing"),
                    T("중소 제조기업", "SME manufacturers"),
                    T("이차전지 셀 생산 라인", "battery-cell production lines"),
                ],
                [
                    M("설비 종합효율(OEE)", "OEE", "%", 72, 92, 1),
                    M("불량 검출률", "defect detection rate", "%", 92, 99.8, 1),
                    M("고장 예측 선행 시간", "failure-prediction lead time", "h", 12, 240, 0),
                ]),
            Topic(
                [
                    T("초정밀 가공 공정", "ultra-precision machining processes"),
                    T("5축 공작기계", "five-axis machine tools"),
                    T("난삭재 절삭 공구", "cutting tools for difficult-to-cut alloys"),
                    T("사출 성형 금형", "injection moulds"),
                ],
                [
                    T("절삭 조건 최적화", "cutting-parameter optimisation"),
                    T("채터 진동 저감 제어", "chatter suppression"),
                    T("초음파 진동 가공", "ultrasonic-assisted machining"),
                ],
                [
                    T("표면 품질", "surface finish"),
                    T("공구 수명", "tool life"),
                    T("가공 정밀도", "machining accuracy"),
                ],
                [
                    T("광학 부품", "optical components"),
                    T("의료기기 부품", "medical-device components"),
                    T("자동차 파워트레인 부품", "automotive powertrain parts"),
                ],
                [
                    M("표면 조도(Ra)", "surface roughness Ra", "μm", 0.02, 0.8, 2),
                    M("공구 수명", "tool life", "min", 30, 180, 0),
                    M("진원도", "roundness", "μm", 0.5, 5, 1),
                ]),
        ]);
}
