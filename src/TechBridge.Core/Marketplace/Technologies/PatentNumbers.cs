using System.Text.RegularExpressions;

namespace TechBridge.Core.Marketplace.Technologies;

/// <summary>
/// The patent number formats a listing accepts (documented in docs/technology-import.md):
/// a Korean application number <c>10-2023-0123456</c> (patent) or <c>20-2023-0012345</c> (utility model), a Korean
/// registration number <c>10-2345678</c> / <c>20-0123456</c>, a PCT application <c>PCT/KR2023/012345</c>, or a foreign number
/// starting with its two-letter office code (<c>US 11,234,567 B2</c>, <c>US 17/123,456</c>, <c>EP 3456789</c>, <c>JP2023-123456</c>).
/// A number starting with a digit must be Korean.
/// </summary>
public static partial class PatentNumbers
{
    public static bool IsApplication(string number) => KoreanApplication().IsMatch(number) || Foreign().IsMatch(number);

    public static bool IsRegistration(string number) => KoreanRegistration().IsMatch(number) || Foreign().IsMatch(number);

    [GeneratedRegex(@"^[12]0-(19|20)\d{2}-\d{7}$", RegexOptions.CultureInvariant)]
    private static partial Regex KoreanApplication();

    [GeneratedRegex(@"^[12]0-\d{7}$", RegexOptions.CultureInvariant)]
    private static partial Regex KoreanRegistration();

    [GeneratedRegex(@"^(PCT/[A-Z]{2}\d{4}/\d{5,6}|[A-Z]{2} ?[0-9][0-9A-Z ,./-]{2,34})$", RegexOptions.CultureInvariant)]
    private static partial Regex Foreign();
}
