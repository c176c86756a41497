using System.Security.Cryptography;

namespace TechBridge.Core.Tests.Shared.Attachments;

/// <summary>Small generated files whose first bytes are those of their kind.</summary>
internal static class TestFiles
{
    public static byte[] Png(int size = 256) => WithHeader([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], size);

    public static byte[] Pdf(int size = 256) => WithHeader("%PDF-1.7\n"u8.ToArray(), size);

    public static byte[] Zip(int size = 256) => WithHeader([0x50, 0x4B, 0x03, 0x04], size);

    public static byte[] Hwp(int size = 256) => WithHeader([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], size);

    public static byte[] WebP(int size = 256) => WithHeader("RIFF\0\0\0\0WEBPVP8 "u8.ToArray(), size);

    /// <summary>The start of a Windows program: "MZ", then the DOS header with its NUL bytes.</summary>
    public static byte[] Exe(int size = 256) => WithHeader([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00], size);

    public static byte[] Text(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    private static byte[] WithHeader(byte[] header, int size)
    {
        var bytes = new byte[Math.Max(size, header.Length)];
        RandomNumberGenerator.Fill(bytes);
        header.CopyTo(bytes, 0);
        return bytes;
    }
}
