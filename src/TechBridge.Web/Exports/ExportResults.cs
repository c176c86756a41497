using System.Globalization;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Export;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Web.Exports;

/// <summary>Turns a table into a file download named after the list and the date (KST).</summary>
internal static class ExportResults
{
    public static ExportFormat ParseFormat(string? format)
    {
        if (string.IsNullOrWhiteSpace(format))
        {
            return ExportFormat.Csv;
        }

        return ExportFormats.TryParse(format, out var parsed)
            ? parsed
            : throw ValidationFailedException.For("format", CoreMessages.Get("Validation.UnknownCode", "format", format));
    }

    public static IResult File(Table table, ExportFormat format)
    {
        var stamp = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        var name = $"techbridge-{table.Name}-{stamp}.{ExportFormats.Extension(format)}";
        // The writers are synchronous (the Open XML SDK is), so build the file in memory and send it in one go.
        using var buffer = new MemoryStream();
        ExportFormats.Write(table, format, buffer);
        return Results.File(buffer.ToArray(), ExportFormats.ContentType(format), name);
    }
}
