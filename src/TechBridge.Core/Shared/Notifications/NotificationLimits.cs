namespace TechBridge.Core.Shared.Notifications;

/// <summary>Column sizes for inbox messages and outgoing e-mails.</summary>
public static class NotificationLimits
{
    public const int TemplateLength = 100;
    public const int SubjectLength = 300;
    public const int LinkLength = 2000;
    public const int AddressLength = 256;
    public const int NameLength = 200;
    public const int CultureLength = 8;
    public const int StatusLength = 16;
    public const int ErrorLength = 1000;
    public const int FileNameLength = 200;
    public const int ContentTypeLength = 120;
    public const int DeliveryLength = 16;
}
