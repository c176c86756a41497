namespace TechBridge.Core.Data.Seeding.Demo;

public static partial class DemoVocabulary
{
    private static DemoFieldVocabulary FutureMobility() => new(
        "FUTURE_MOBILITY",
        T("미래모빌리티", "future mobility"),
        [
            T("디지털 트윈 시뮬레이션", "digital-twin simulation"),
            T("HILS 시험", "hardware-in-the-loop testing"),
            T("실차 주행 시험", "on-road vehicle testing"),
            T("주행 데이터 분석", "driving-data analytics"),
            T("기능안전(ISO 26262) 분석", "ISO 26262 functional-safety analysis"),
        ],
        [
            Topic(
                [
                    T("자율주행 인지 시스템", "autonomous-driving perception systems"),
                    T("라이다(LiDAR) 센서", "LiDAR sensors"),
                    T("4D 이미징 레이더", "4D imaging radars"),
                    T("소프트웨어 중심 차량(SDV) 플랫폼", "software-defined vehicle platforms"),
                ],
                [
                    T("센서 퓨전", "sensor fusion"),
                    T("딥러닝 객체 인식", "deep-learning object detection"),
                    T("시나리오 기반 검증", "scenario-based validation"),
                ],
                [
                    T("인지 정확도", "perception accuracy"),
                    T("실시간 처리 성능", "real-time processing performance"),
                    T("악천후 강건성", "adverse-weather robustness"),
                ],
                [
                    T("레벨4 자율주행차", "Level 4 autonomous vehicles"),
                    T("자율주행 셔틀", "autonomous shuttles"),
                    T("자율주행 물류 트럭", "autonomous freight trucks"),
                ],
                [
                    M("객체 인식 정확도(mAP)", "object-detection mAP", "%", 78, 96, 1),
                    M("인지 지연 시간", "perception latency", "ms", 15, 80, 0),
                    M("최대 탐지 거리", "maximum detection range", "m", 150, 350, 0),
                ]),
            Topic(
                [
                    T("전기차 구동모터", "EV traction motors"),
                    T("800V SiC 인버터", "800 V SiC inverters"),
                    T("통합 전동 액슬", "integrated e-axles"),
                    T("차량용 열관리 시스템", "vehicle thermal-management systems"),
                    T("무선 충전 모듈", "wireless charging modules"),
                ],
                [
                    T("전자기장 해석", "electromagnetic field analysis"),
                    T("모델 예측 제어", "model predictive control"),
                    T("헤어핀 권선 설계", "hairpin winding design"),
                ],
                [
                    T("전력 변환 효율", "power-conversion efficiency"),
                    T("출력 밀도", "power density"),
                    T("주행거리 연장 성능", "range extension"),
                ],
                [
                    T("전기 승용차", "battery electric passenger cars"),
                    T("전기 상용차", "electric commercial vehicles"),
                ],
                [
                    M("출력 밀도", "power density", "kW/kg", 3, 12, 1),
                    M("시스템 효율", "system efficiency", "%", 93, 98.5, 1),
                    M("1회 충전 주행거리", "driving range", "km", 450, 800, 0),
                ]),
            Topic(
                [
                    T("수소연료전지 스택", "hydrogen fuel-cell stacks"),
                    T("도심항공모빌리티(UAM) 기체", "urban air mobility vehicles"),
                    T("분산전기추진 시스템", "distributed electric propulsion systems"),
                    T("고압 수소 저장 시스템", "high-pressure hydrogen storage systems"),
                ],
                [
                    T("경량 복합재 설계", "lightweight composite design"),
                    T("비행 제어 알고리즘", "flight-control algorithms"),
                    T("공기 공급계 최적화", "air-supply system optimisation"),
                ],
                [
                    T("내구성", "durability"),
                    T("소음 저감 성능", "noise reduction"),
                    T("운항 안전성", "operational safety"),
                ],
                [
                    T("수소 상용차", "hydrogen commercial vehicles"),
                    T("UAM 버티포트", "UAM vertiport operations"),
                    T("도심 항공 물류", "urban air logistics"),
                ],
                [
                    M("스택 출력", "stack power", "kW", 80, 300, 0),
                    M("운전 내구 시간", "operating durability", "h", 5000, 30000, 0),
                    M("호버링 소음", "hover noise", "dB(A)", 55, 75, 1),
                ]),
        ]);

    private static DemoFieldVocabulary AerospaceDefense() => new(
        "AEROSPACE_DEFENSE",
        T("항공·방산", "aerospace and defence"),
        [
            T("전산유체역학(CFD) 해석", "computational fluid dynamics"),
            T("진동·충격 시험", "vibration and shock testing"),
            T("열진공 시험", "thermal vacuum testing"),
            T("다분야 설계 최적화", "multidisciplinary design optimisation"),
            T("구조 건전성 모니터링", "structural health monitoring"),
        ],
        [
            Topic(
                [
                    T("가스터빈 엔진 부품", "gas-turbine engine components"),
                    T("재사용 발사체 엔진", "reusable launch-vehicle engines"),
                    T("열차폐 코팅(TBC)", "thermal barrier coatings"),
                    T("세라믹 기지 복합재(CMC)", "ceramic matrix composites"),
                ],
                [
                    T("플라즈마 용사", "plasma spraying"),
                    T("연소 시험", "hot-fire testing"),
                    T("정밀 주조", "investment casting"),
                ],
                [
                    T("내열성", "heat resistance"),
                    T("추력 대 중량비", "thrust-to-weight ratio"),
                    T("열피로 수명", "thermal fatigue life"),
                ],
                [
                    T("민항기 엔진", "commercial aircraft engines"),
                    T("소형 발사체", "small launch vehicles"),
                    T("차세대 전투기", "next-generation fighter aircraft"),
                ],
                [
                    M("사용 온도", "service temperature", "°C", 1100, 1450, 0),
                    M("추력", "thrust", "kN", 30, 900, 0),
                    M("비추력", "specific impulse", "s", 280, 360, 0),
                ]),
            Topic(
                [
                    T("초소형 위성", "small satellites"),
                    T("위성 탑재 SAR", "spaceborne SAR payloads"),
                    T("위성 통신 안테나", "satellite communication antennas"),
                    T("위성 전기추진기", "electric satellite thrusters"),
                ],
                [
                    T("궤도 시뮬레이션", "orbit simulation"),
                    T("우주 방사선 시험", "space radiation testing"),
                    T("전개형 경량 구조 설계", "deployable lightweight structure design"),
                ],
                [
                    T("궤도 운용 신뢰성", "on-orbit reliability"),
                    T("영상 해상도", "imaging resolution"),
                    T("전력 효율", "power efficiency"),
                ],
                [
                    T("저궤도 위성군", "low-Earth-orbit constellations"),
                    T("우주 탐사", "space exploration"),
                    T("지구 관측", "Earth observation"),
                ],
                [
                    M("공간 해상도", "spatial resolution", "m", 0.3, 3, 2),
                    M("데이터 전송률", "downlink data rate", "Gbps", 0.5, 4, 2),
                    M("위성 질량", "satellite mass", "kg", 8, 150, 0),
                ]),
            Topic(
                [
                    T("능동위상배열(AESA) 레이더", "AESA radars"),
                    T("무인항공기", "unmanned aerial vehicles"),
                    T("관성항법장치", "inertial navigation units"),
                    T("적외선 탐색기", "infrared seekers"),
                    T("탄소복합재 동체 구조", "composite fuselage structures"),
                ],
                [
                    T("복합재 자동적층(AFP)", "automated fibre placement"),
                    T("전자기 적합성(EMC) 시험", "EMC testing"),
                    T("신호처리 알고리즘 설계", "signal-processing algorithm design"),
                ],
                [
                    T("탐지 성능", "detection performance"),
                    T("항법 정확도", "navigation accuracy"),
                    T("피로 내구성", "fatigue durability"),
                ],
                [
                    T("감시정찰", "surveillance and reconnaissance"),
                    T("국방 무인체계", "unmanned defence systems"),
                    T("함정 전투체계", "naval combat systems"),
                ],
                [
                    M("탐지 거리", "detection range", "km", 120, 400, 0),
                    M("항법 오차", "navigation error", "m", 1, 15, 1),
                    M("비강성", "specific stiffness", "MN·m/kg", 25, 120, 1),
                ]),
        ]);
}
