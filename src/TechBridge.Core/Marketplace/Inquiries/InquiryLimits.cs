namespace TechBridge.Core.Marketplace.Inquiries;

/// <summary>Lengths and the anti-spam limits of inquiries (a business rule: going over is 409 <c>Inquiry.TooMany</c>).</summary>
public static class InquiryLimits
{
    public const int SubjectLength = 200;
    public const int BodyLength = 5000;
    public const int ReasonLength = 1000;
    public const int FilesPerMessage = 5;

    /// <summary>New threads one user may start in <see cref="ThreadWindow"/>.</summary>
    public const int ThreadsPerDay = 10;
    public static readonly TimeSpan ThreadWindow = TimeSpan.FromHours(24);

    /// <summary>Messages (a new thread's first one included) one user may send in <see cref="MessageWindow"/>.</summary>
    public const int MessagesPerHour = 60;
    public static readonly TimeSpan MessageWindow = TimeSpan.FromHours(1);
}
