namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>A Korean name part with its usual romanisation; given names keep a hyphen between syllables ("Min-jun").</summary>
internal sealed record KoreanNamePart(string Ko, string En, int Weight = 1);

/// <summary>Korean surnames (weighted roughly by frequency) and given names across generations.</summary>
internal static class DemoKoreanNames
{
    public static IReadOnlyList<KoreanNamePart> Surnames { get; } =
    [
        new("김", "Kim", 210), new("이", "Lee", 147), new("박", "Park", 84), new("최", "Choi", 47),
        new("정", "Jung", 44), new("강", "Kang", 23), new("조", "Cho", 21), new("윤", "Yoon", 21),
        new("장", "Jang", 20), new("임", "Lim", 17), new("한", "Han", 15), new("오", "Oh", 15),
        new("서", "Seo", 15), new("신", "Shin", 14), new("권", "Kwon", 14), new("황", "Hwang", 14),
        new("안", "Ahn", 13), new("송", "Song", 13), new("전", "Jeon", 11), new("홍", "Hong", 11),
        new("유", "Yoo", 11), new("고", "Ko", 9), new("문", "Moon", 9), new("양", "Yang", 9),
        new("손", "Son", 9), new("배", "Bae", 8), new("백", "Baek", 7), new("허", "Heo", 6),
        new("남", "Nam", 5), new("심", "Shim", 5), new("노", "Noh", 5), new("하", "Ha", 5),
        new("곽", "Kwak", 4), new("성", "Sung", 4), new("차", "Cha", 4), new("주", "Joo", 4),
        new("우", "Woo", 4), new("구", "Koo", 4), new("민", "Min", 3), new("류", "Ryu", 3),
        new("나", "Na", 3), new("진", "Jin", 3), new("엄", "Eom", 2), new("채", "Chae", 2),
        new("원", "Won", 2), new("천", "Cheon", 2), new("방", "Bang", 2), new("현", "Hyun", 2),
    ];

    public static IReadOnlyList<KoreanNamePart> GivenNames { get; } =
    [
        new("민준", "Min-jun"), new("지훈", "Ji-hoon"), new("현우", "Hyun-woo"), new("성민", "Sung-min"),
        new("준호", "Jun-ho"), new("동현", "Dong-hyun"), new("재원", "Jae-won"), new("상훈", "Sang-hoon"),
        new("영수", "Young-soo"), new("성호", "Sung-ho"), new("정훈", "Jung-hoon"), new("승현", "Seung-hyun"),
        new("태영", "Tae-young"), new("우진", "Woo-jin"), new("도윤", "Do-yoon"), new("건우", "Gun-woo"),
        new("주원", "Joo-won"), new("민석", "Min-seok"), new("준영", "Jun-young"), new("진우", "Jin-woo"),
        new("용준", "Yong-jun"), new("기현", "Ki-hyun"), new("상우", "Sang-woo"), new("종민", "Jong-min"),
        new("병철", "Byung-chul"), new("경수", "Kyung-soo"), new("형준", "Hyung-jun"), new("대호", "Dae-ho"),
        new("석진", "Seok-jin"), new("재혁", "Jae-hyuk"), new("한결", "Han-gyeol"), new("시우", "Si-woo"),
        new("서준", "Seo-jun"), new("지환", "Ji-hwan"), new("인호", "In-ho"), new("광수", "Kwang-soo"),
        new("영호", "Young-ho"), new("명수", "Myung-soo"), new("창민", "Chang-min"), new("태민", "Tae-min"),
        new("동욱", "Dong-wook"), new("세훈", "Se-hoon"), new("정우", "Jung-woo"), new("호진", "Ho-jin"),
        new("원석", "Won-seok"), new("승우", "Seung-woo"), new("기범", "Ki-beom"), new("윤호", "Yoon-ho"),
        new("서연", "Seo-yeon"), new("지은", "Ji-eun"), new("수빈", "Su-bin"), new("민지", "Min-ji"),
        new("유진", "Yu-jin"), new("하은", "Ha-eun"), new("지현", "Ji-hyun"), new("수진", "Su-jin"),
        new("은지", "Eun-ji"), new("혜진", "Hye-jin"), new("미경", "Mi-kyung"), new("정희", "Jung-hee"),
        new("선영", "Sun-young"), new("현정", "Hyun-jung"), new("소연", "So-yeon"), new("예린", "Ye-rin"),
        new("다은", "Da-eun"), new("지원", "Ji-won"), new("나연", "Na-yeon"), new("윤서", "Yoon-seo"),
        new("보람", "Bo-ram"), new("은영", "Eun-young"), new("미진", "Mi-jin"), new("경희", "Kyung-hee"),
        new("수현", "Su-hyun"), new("가영", "Ga-young"), new("채원", "Chae-won"), new("민서", "Min-seo"),
        new("하린", "Ha-rin"), new("세영", "Se-young"), new("지영", "Ji-young"), new("혜원", "Hye-won"),
        new("은비", "Eun-bi"), new("아름", "A-reum"), new("소희", "So-hee"), new("주희", "Joo-hee"),
        new("연주", "Yeon-joo"), new("지혜", "Ji-hye"), new("선희", "Sun-hee"), new("희정", "Hee-jung"),
    ];
}
