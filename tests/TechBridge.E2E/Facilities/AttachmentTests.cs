using System.Buffers.Binary;
using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Facilities;

/// <summary>An operator attaches a photo to an item of its center; the equipment page shows it as a thumbnail and in the list.</summary>
[Collection(InChromium.Name)]
public sealed class AttachmentTests(BrowserFixture browser)
{
    [Fact]
    public async Task Operator_UploadsAPhotoToItsEquipment_ThePageShowsIt()
    {
        var equipment = await OperatorsEquipmentAsync();
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.CenterOperator);
        await page.GotoAsync($"/facilities/equipment/{equipment}");

        await page.SetInputFilesAsync("[data-testid=attachment-upload] input[type=file]",
            new FilePayload { Name = "장비 전경.png", MimeType = "image/png", Buffer = Png(320, 200) });
        await page.ClickAsync("[data-testid=attachment-upload] button[type=submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal($"/facilities/equipment/{equipment}", new Uri(page.Url).AbsolutePath);
        Assert.Equal("장비 전경.png", (await page.TextContentAsync("[data-testid=attachment-link]"))!.Trim());
        var thumbnail = page.Locator("[data-testid=attachment-thumbnail]");
        Assert.True(await thumbnail.EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 320"));
        await page.EvaluateAsync("window.scrollTo(0, 0)"); // the redirect lands on #attachments; the full-page shot reads better from the top
        await page.ScreenshotAsync("attachment-1");
        await page.Context.CloseAsync();
    }

    private Task<Guid> OperatorsEquipmentAsync() => browser.WithDbAsync(async db =>
    {
        var center = await db.DemoCenterAsync();
        return await db.Equipment.Where(e => e.CenterId == center).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
    });

    /// <summary>A real PNG (a diagonal gradient), so the browser draws the thumbnail.</summary>
    private static byte[] Png(int width, int height)
    {
        var raw = new byte[height * (1 + width * 3)];
        for (var y = 0; y < height; y++)
        {
            var row = y * (1 + width * 3);
            for (var x = 0; x < width; x++)
            {
                raw[row + 1 + x * 3] = (byte)(40 + x * 150 / width);
                raw[row + 2 + x * 3] = (byte)(90 + y * 120 / height);
                raw[row + 3 + x * 3] = 170;
            }
        }

        using var idat = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", idat.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type).CopyTo(typed, 0);
        data.CopyTo(typed, 4);
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
