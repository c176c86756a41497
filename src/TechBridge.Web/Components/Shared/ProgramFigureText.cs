using System.Globalization;
using Microsoft.Extensions.Localization;
using TechBridge.Core.Programs.Reference;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Web.Localization;

namespace TechBridge.Web.Components.Shared;

/// <summary>A program figure as people read it: money in 억원/KRW, counts with their unit, the year in brackets.</summary>
public static class ProgramFigureText
{
    public static string Format(ProgramFigure figure, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(localizer);
        var value = figure.Unit switch
        {
            "KRW" => Krw.Format((long)figure.Value, Cultures.IsEnglish),
            "PERCENT" => string.Create(CultureInfo.InvariantCulture, $"{figure.Value:0.#}%"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{figure.Value:#,0.##} {localizer["Unit." + figure.Unit].Value}").TrimEnd(),
        };
        return figure.Year is { } year ? $"{value} ({year})" : value;
    }
}
