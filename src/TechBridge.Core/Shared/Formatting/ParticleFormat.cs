using System.Globalization;

namespace TechBridge.Core.Shared.Formatting;

/// <summary>
/// Lets a message template attach a Korean particle to a placeholder by naming it as the format: "{0:을} 입력하세요."
/// gives "기관명을 입력하세요." or "국가를 입력하세요." (either form of the pair may be written). Other formats are
/// applied as usual in <see cref="Culture"/>.
/// </summary>
public sealed class ParticleFormat(CultureInfo culture) : IFormatProvider, ICustomFormatter
{
    public CultureInfo Culture { get; } = culture;

    public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : Culture.GetFormat(formatType);

    public string Format(string? format, object? arg, IFormatProvider? formatProvider)
    {
        if (format is not null && arg is not null && KoreanParticles.After(arg.ToString() ?? string.Empty, format) is { } particle)
        {
            return arg + particle;
        }

        return arg is IFormattable formattable ? formattable.ToString(format, Culture) : arg?.ToString() ?? string.Empty;
    }
}
