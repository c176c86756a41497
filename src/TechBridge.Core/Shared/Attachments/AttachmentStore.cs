using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using TechBridge.Core.Data;

namespace TechBridge.Core.Shared.Attachments;

/// <summary>
/// Keeps attachment bytes outside the database, under <c>attachments/yyyy/MM/random id</c> in the data directory (or the
/// configured folder). An upload is first written to <c>attachments/tmp</c> while its size and SHA-256 are counted, and
/// moved into place only once it is accepted, so a half-written or refused upload never sits where a row could point.
/// </summary>
public sealed partial class AttachmentStore(IOptions<AttachmentOptions> options, DatabaseSettings settings)
{
    public string Root { get; } = Path.GetFullPath(string.IsNullOrWhiteSpace(options.Value.Directory)
        ? Path.Combine(settings.DataDirectory, "attachments")
        : options.Value.Directory);

    /// <summary>Copies <paramref name="content"/> to a temporary file, reading at most one byte more than <paramref name="maxBytes"/>.</summary>
    public async Task<StagedFile> StageAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var temp = Path.Combine(Root, "tmp");
        System.IO.Directory.CreateDirectory(temp);
        var path = Path.Combine(temp, Guid.NewGuid().ToString("N") + ".part");
        var staged = new StagedFile(path);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var header = new MemoryStream();
            var buffer = new byte[81920];
            long size = 0;
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous))
            {
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    if (size > maxBytes)
                    {
                        staged.TooLarge = true;
                        break;
                    }

                    if (header.Length < AttachmentTypes.HeaderLength)
                    {
                        header.Write(buffer, 0, (int)Math.Min(read, AttachmentTypes.HeaderLength - header.Length));
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            staged.Size = size;
            staged.Header = header.ToArray();
            staged.Sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            return staged;
        }
        catch
        {
            staged.Dispose();
            throw;
        }
    }

    /// <summary>Moves an accepted upload into place and returns its storage key (<c>yyyy/MM/random id</c>).</summary>
    public string Commit(StagedFile staged, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(staged);
        var utc = at.UtcDateTime;
        var key = string.Create(CultureInfo.InvariantCulture, $"{utc:yyyy}/{utc:MM}/{Guid.NewGuid():N}");
        var path = PathOf(key);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Move(staged.Path, path);
        staged.Committed = true;
        return key;
    }

    public Stream Open(string key) =>
        new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);

    public bool Exists(string key) => File.Exists(PathOf(key));

    /// <summary>Removes the file of <paramref name="key"/>; a file already gone is not an error.</summary>
    public void Delete(string key) => File.Delete(PathOf(key));

    /// <summary>The file of a key; only keys this store made are accepted, so a key can never point outside the folder.</summary>
    public string PathOf(string key)
    {
        if (!KeyPattern().IsMatch(key))
        {
            throw new ArgumentException($"'{key}' is not an attachment storage key.", nameof(key));
        }

        return Path.Combine(Root, key.Replace('/', Path.DirectorySeparatorChar));
    }

    [GeneratedRegex("^[0-9]{4}/[0-9]{2}/[0-9a-f]{32}$")]
    private static partial Regex KeyPattern();
}

/// <summary>An upload written to the temporary folder; deleted on dispose unless it was committed.</summary>
public sealed class StagedFile(string path) : IDisposable
{
    public string Path { get; } = path;
    public long Size { get; internal set; }
    public bool TooLarge { get; internal set; }
    public byte[] Header { get; internal set; } = [];
    public string Sha256 { get; internal set; } = string.Empty;
    internal bool Committed { get; set; }

    public void Dispose()
    {
        if (!Committed)
        {
            File.Delete(Path);
        }
    }
}
