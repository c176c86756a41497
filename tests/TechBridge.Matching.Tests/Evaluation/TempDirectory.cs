using System.Text;

namespace TechBridge.Matching.Tests.Evaluation;

/// <summary>A throw-away directory for building tiny data sets; deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "techbridge-eval-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes UTF-8 text (no BOM unless <paramref name="bom"/>) exactly as given; returns the full path.</summary>
    public string Write(string relativePath, string content, bool bom = false)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var bytes = Encoding.UTF8.GetBytes(content);
        File.WriteAllBytes(full, bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
