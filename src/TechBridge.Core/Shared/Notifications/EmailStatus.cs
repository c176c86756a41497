namespace TechBridge.Core.Shared.Notifications;

/// <summary>Where an outgoing e-mail stands: waiting to be sent (or retried), delivered to the mail server, or given up.</summary>
public enum EmailStatus
{
    Pending,
    Sent,
    Failed,
}
