namespace TechBridge.Core.Shared.Attachments;

/// <summary>Attachment limits and where the files go (configuration section "Attachments").</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    public long MaxBytes { get; set; } = 20L * 1024 * 1024;

    public int MaxPerOwner { get; set; } = 10;

    /// <summary>The folder for the files; empty means <c>attachments</c> under the data directory.</summary>
    public string? Directory { get; set; }
}
