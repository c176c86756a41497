namespace TechBridge.Matching.Tests.Text;

/// <summary>A ~120-token Korean/English technical document, the size the engine's benchmarks assume.</summary>
internal static class MixedDocument
{
    public const string Text =
        "산업통상자원부는 2025년 초격차 프로젝트의 하나로 온-디바이스 AI반도체와 12인치급 웨이퍼 기반 실증 미니팹을 구축한다. " +
        "EUV용 포토레지스트, SiC기판, GaN 전력반도체 등 첨단 소재·부품의 국산화를 위해 1,487억원을 투입하고, " +
        "i-SMR 표준설계 인가 획득과 액화수소 해상운송 개발·실증을 추진한다. 非리튬계·非전지 장주기 대용량 ESS와 " +
        "2차전지를 개발하고자 하는 기업은 i-Platform을 통해 R&D 단계별로 필요한 시설·장비를 안내받는다. " +
        "The program supports companies developing next-generation batteries, 3nm semiconductors and 100kWh " +
        "energy storage systems, with electrolytes, cathode materials and lithography equipment tested at " +
        "regional centers. 배터리를 만드는 중소기업들에게 시험·인증과 기술지도를 제공하며, 연구성과의 사업화와 " +
        "기술이전을 지원한다. Manufacturing partners in Korea and abroad can request CO2 reduction analysis, " +
        "0.5 mm precision machining and reliability testing of SiC power modules. Contact the regional center for details.";

    /// <summary>The number of raw (whole) tokens in <see cref="Text"/>.</summary>
    public const int RawTokenCount = 120;
}
