namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>A foreign name part with its Korean transliteration.</summary>
internal sealed record ForeignNamePart(string En, string Ko);

/// <summary>Given names and surnames of one naming culture.</summary>
internal sealed record NameCulture(IReadOnlyList<ForeignNamePart> GivenNames, IReadOnlyList<ForeignNamePart> Surnames);

/// <summary>Names of researchers at overseas institutions, grouped by naming culture.</summary>
internal static class DemoForeignNames
{
    public static NameCulture Anglo { get; } = new(
        P("James", "제임스", "Emily", "에밀리", "Michael", "마이클", "Sarah", "세라", "David", "데이비드", "Jennifer", "제니퍼",
            "Daniel", "대니얼", "Laura", "로라", "Andrew", "앤드루", "Rachel", "레이철", "Thomas", "토머스", "Olivia", "올리비아",
            "Christopher", "크리스토퍼", "Hannah", "해나", "Matthew", "매슈", "Katherine", "캐서린", "Ryan", "라이언", "Megan", "메건"),
        P("Smith", "스미스", "Johnson", "존슨", "Miller", "밀러", "Davis", "데이비스", "Wilson", "윌슨", "Anderson", "앤더슨",
            "Taylor", "테일러", "Thompson", "톰프슨", "Clark", "클라크", "Walker", "워커", "Harris", "해리스", "Mitchell", "미첼",
            "Bennett", "베넷", "Campbell", "캠벨", "Foster", "포스터", "Hughes", "휴스", "Reed", "리드", "Sullivan", "설리번"));

    public static NameCulture German { get; } = new(
        P("Lukas", "루카스", "Anna", "안나", "Jonas", "요나스", "Katharina", "카타리나", "Felix", "펠릭스", "Julia", "율리아",
            "Maximilian", "막시밀리안", "Lena", "레나", "Tobias", "토비아스", "Sophie", "조피", "Matthias", "마티아스",
            "Johanna", "요한나", "Stefan", "슈테판", "Claudia", "클라우디아", "Florian", "플로리안"),
        P("Schmidt", "슈미트", "Schneider", "슈나이더", "Fischer", "피셔", "Weber", "베버", "Becker", "베커", "Hoffmann", "호프만",
            "Wagner", "바그너", "Koch", "코흐", "Richter", "리히터", "Wolf", "볼프", "Neumann", "노이만", "Braun", "브라운",
            "Zimmermann", "치머만", "Krüger", "크뤼거", "Hartmann", "하르트만"));

    public static NameCulture French { get; } = new(
        P("Julien", "쥘리앵", "Camille", "카미유", "Antoine", "앙투안", "Claire", "클레르", "Nicolas", "니콜라", "Élodie", "엘로디",
            "Mathieu", "마티외", "Céline", "셀린", "Pierre", "피에르", "Amélie", "아멜리", "Louis", "루이", "Manon", "마농",
            "Hugo", "위고", "Chloé", "클로에"),
        P("Martin", "마르탱", "Bernard", "베르나르", "Dubois", "뒤부아", "Lefebvre", "르페브르", "Moreau", "모로", "Laurent", "로랑",
            "Girard", "지라르", "Fournier", "푸르니에", "Rousseau", "루소", "Mercier", "메르시에", "Blanc", "블랑",
            "Garnier", "가르니에", "Faure", "포르", "Chevalier", "슈발리에"));

    public static NameCulture Dutch { get; } = new(
        P("Daan", "단", "Sanne", "산네", "Bram", "브람", "Femke", "펨커", "Joost", "요스트", "Lieke", "리커", "Pieter", "피터르",
            "Anouk", "아누크", "Thijs", "테이스", "Eva", "에바", "Wouter", "바우터", "Marloes", "마를루스"),
        P("de Vries", "더프리스", "Jansen", "얀선", "Bakker", "바커", "Visser", "피서르", "Smit", "스밋", "Mulder", "뮐더르",
            "de Boer", "더부르", "Dekker", "데커르", "Peeters", "페이터르스", "Maes", "마스", "Claes", "클라스", "Willems", "빌럼스"));

    public static NameCulture Scandinavian { get; } = new(
        P("Erik", "에리크", "Ingrid", "잉리드", "Lars", "라르스", "Astrid", "아스트리드", "Mikael", "미카엘", "Sofia", "소피아",
            "Anders", "안데르스", "Freja", "프레야", "Magnus", "망누스", "Karin", "카린", "Henrik", "헨리크", "Maja", "마야"),
        P("Andersson", "안데르손", "Johansson", "요한손", "Lindqvist", "린드크비스트", "Nilsson", "닐손", "Karlsson", "칼손",
            "Jensen", "옌센", "Nielsen", "닐센", "Hansen", "한센", "Berg", "베리", "Lund", "룬드", "Holm", "홀름", "Eriksson", "에릭손"));

    public static NameCulture Finnish { get; } = new(
        P("Jukka", "유카", "Aino", "아이노", "Mikko", "미코", "Sanna", "산나", "Antti", "안티", "Heidi", "헤이디", "Timo", "티모",
            "Kaisa", "카이사", "Ville", "빌레", "Riikka", "리카"),
        P("Virtanen", "비르타넨", "Korhonen", "코르호넨", "Mäkinen", "매키넨", "Nieminen", "니에미넨", "Mäkelä", "매켈래",
            "Hämäläinen", "해맬래이넨", "Laine", "라이네", "Heikkinen", "헤이키넨", "Koskinen", "코스키넨", "Järvinen", "얘르비넨"));

    public static NameCulture Italian { get; } = new(
        P("Marco", "마르코", "Giulia", "줄리아", "Alessandro", "알레산드로", "Francesca", "프란체스카", "Luca", "루카",
            "Chiara", "키아라", "Matteo", "마테오", "Sara", "사라", "Davide", "다비데", "Elena", "엘레나"),
        P("Rossi", "로시", "Russo", "루소", "Ferrari", "페라리", "Esposito", "에스포시토", "Bianchi", "비앙키", "Romano", "로마노",
            "Colombo", "콜롬보", "Ricci", "리치", "Marino", "마리노", "Greco", "그레코"));

    public static NameCulture Spanish { get; } = new(
        P("Javier", "하비에르", "Lucía", "루시아", "Alejandro", "알레한드로", "María", "마리아", "Pablo", "파블로",
            "Carmen", "카르멘", "Diego", "디에고", "Marta", "마르타", "Sergio", "세르히오", "Irene", "이레네"),
        P("García", "가르시아", "Fernández", "페르난데스", "López", "로페스", "Martínez", "마르티네스", "Sánchez", "산체스",
            "Pérez", "페레스", "Gómez", "고메스", "Ruiz", "루이스", "Navarro", "나바로", "Torres", "토레스"));

    public static NameCulture Hebrew { get; } = new(
        P("Noam", "노암", "Yael", "야엘", "Itai", "이타이", "Noa", "노아", "Amit", "아미트", "Tamar", "타마르", "Eitan", "에이탄",
            "Shira", "시라", "Omer", "오메르", "Maya", "마야"),
        P("Cohen", "코언", "Levi", "레비", "Mizrahi", "미즈라히", "Peretz", "페레츠", "Biton", "비톤", "Friedman", "프리드먼",
            "Katz", "카츠", "Shapiro", "샤피로", "Ben-David", "벤다비드", "Avraham", "아브라함"));

    public static NameCulture Japanese { get; } = new(
        P("Haruto", "하루토", "Yui", "유이", "Takashi", "다카시", "Yuki", "유키", "Kenji", "겐지", "Aiko", "아이코",
            "Hiroshi", "히로시", "Naoko", "나오코", "Satoshi", "사토시", "Emi", "에미", "Daisuke", "다이스케", "Mai", "마이",
            "Kazuya", "가즈야", "Ayumi", "아유미", "Shota", "쇼타"),
        P("Sato", "사토", "Suzuki", "스즈키", "Takahashi", "다카하시", "Tanaka", "다나카", "Watanabe", "와타나베", "Ito", "이토",
            "Yamamoto", "야마모토", "Nakamura", "나카무라", "Kobayashi", "고바야시", "Kato", "가토", "Yoshida", "요시다",
            "Yamada", "야마다", "Matsumoto", "마쓰모토", "Inoue", "이노우에", "Kimura", "기무라"));

    public static NameCulture Chinese { get; } = new(
        P("Wei-Lun", "웨이룬", "Yu-Ting", "위팅", "Chih-Hao", "즈하오", "Hsin-Yi", "신이", "Jia-Hao", "자하오", "Pei-Shan", "페이산",
            "Cheng-Han", "청한", "Shu-Fen", "수펀", "Kuan-Yu", "콴위", "Mei-Ling", "메이링", "Yi-Chen", "이천", "Tzu-Hsuan", "쯔쉬안"),
        P("Chen", "천", "Lin", "린", "Huang", "황", "Chang", "장", "Wang", "왕", "Wu", "우", "Liu", "류", "Tsai", "차이",
            "Yang", "양", "Hsu", "쉬", "Cheng", "청", "Tan", "탄"));

    public static NameCulture Indian { get; } = new(
        P("Arjun", "아르준", "Priya", "프리야", "Rahul", "라훌", "Ananya", "아나냐", "Vikram", "비크람", "Deepa", "디파",
            "Rohan", "로한", "Kavya", "카비야", "Suresh", "수레시", "Lakshmi", "락슈미", "Aditya", "아디티야", "Meera", "미라"),
        P("Sharma", "샤르마", "Patel", "파텔", "Iyer", "아이어", "Reddy", "레디", "Nair", "나이르", "Gupta", "굽타", "Rao", "라오",
            "Menon", "메논", "Kulkarni", "쿨카르니", "Banerjee", "바네르지", "Krishnan", "크리슈난", "Desai", "데사이"));

    private static ForeignNamePart[] P(params string[] pairs) =>
        Enumerable.Range(0, pairs.Length / 2).Select(i => new ForeignNamePart(pairs[2 * i], pairs[(2 * i) + 1])).ToArray();
}
