namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>Journals and conferences of one field, Korean-language and international.</summary>
internal sealed record FieldVenues(IReadOnlyList<string> Ko, IReadOnlyList<string> En);

internal static class DemoVenues
{
    public static IReadOnlyDictionary<string, FieldVenues> ByField { get; } = new Dictionary<string, FieldVenues>(StringComparer.Ordinal)
    {
        ["SEMICONDUCTOR"] = new(
            ["전자공학회논문지", "반도체디스플레이기술학회지", "마이크로전자 및 패키징학회지", "한국반도체학술대회 논문집"],
            ["IEEE Transactions on Electron Devices", "IEEE Electron Device Letters", "IEEE International Electron Devices Meeting (IEDM)",
                "Symposium on VLSI Technology and Circuits", "IEEE Transactions on Components, Packaging and Manufacturing Technology",
                "Journal of Vacuum Science & Technology B"]),
        ["DISPLAY"] = new(
            ["한국정보디스플레이학회지", "반도체디스플레이기술학회지", "한국광학회지"],
            ["Journal of the Society for Information Display", "SID Symposium Digest of Technical Papers", "Advanced Optical Materials",
                "Organic Electronics", "Journal of Information Display"]),
        ["SECONDARY_BATTERY"] = new(
            ["한국전기화학회지", "공업화학", "한국재료학회지", "한국세라믹학회지"],
            ["Journal of Power Sources", "ACS Energy Letters", "Energy Storage Materials", "Journal of The Electrochemical Society",
                "Advanced Energy Materials", "Batteries & Supercaps"]),
        ["FUTURE_MOBILITY"] = new(
            ["한국자동차공학회논문집", "대한기계학회논문집 A", "한국ITS학회논문지"],
            ["IEEE Transactions on Intelligent Transportation Systems", "IEEE Transactions on Vehicular Technology",
                "IEEE Transactions on Transportation Electrification", "SAE International Journal of Electrified Vehicles",
                "International Journal of Hydrogen Energy"]),
        ["CORE_MATERIALS"] = new(
            ["대한금속·재료학회지", "한국재료학회지", "한국분말재료학회지", "한국복합재료학회지"],
            ["Acta Materialia", "Materials Science and Engineering: A", "Journal of Alloys and Compounds", "Composites Part B: Engineering",
                "Journal of Magnetism and Magnetic Materials"]),
        ["INTELLIGENT_ROBOT"] = new(
            ["제어·로봇·시스템학회 논문지", "로봇학회 논문지", "한국정밀공학회지"],
            ["IEEE Robotics and Automation Letters", "IEEE International Conference on Robotics and Automation (ICRA)",
                "IEEE/RSJ International Conference on Intelligent Robots and Systems (IROS)", "Science Robotics",
                "The International Journal of Robotics Research"]),
        ["ADVANCED_MANUFACTURING"] = new(
            ["한국정밀공학회지", "한국생산제조학회지", "대한용접·접합학회지"],
            ["CIRP Annals", "Journal of Manufacturing Processes", "Additive Manufacturing", "Journal of Manufacturing Systems",
                "International Journal of Machine Tools and Manufacture"]),
        ["AEROSPACE_DEFENSE"] = new(
            ["한국항공우주학회지", "한국추진공학회지", "한국군사과학기술학회지"],
            ["AIAA Journal", "Aerospace Science and Technology", "Journal of Propulsion and Power",
                "IEEE Transactions on Aerospace and Electronic Systems", "Acta Astronautica"]),
        ["NEXTGEN_NUCLEAR"] = new(
            ["방사성폐기물학회지", "한국원자력학회 학술발표회 논문집", "한국압력기기공학회 논문집"],
            ["Nuclear Engineering and Technology", "Nuclear Engineering and Design", "Journal of Nuclear Materials",
                "Annals of Nuclear Energy", "Fusion Engineering and Design"]),
        ["ADVANCED_BIO"] = new(
            ["한국생물공학회지", "약학회지", "한국미생물·생명공학회지"],
            ["Biotechnology and Bioengineering", "Journal of Controlled Release", "Biomaterials", "mAbs", "Molecular Therapy"]),
        ["NEW_ENERGY"] = new(
            ["한국수소및신에너지학회논문집", "신재생에너지", "한국태양에너지학회 논문집", "풍력에너지저널"],
            ["Applied Energy", "International Journal of Hydrogen Energy", "Solar RRL", "Renewable Energy", "Joule", "Wind Energy"]),
    };
}
