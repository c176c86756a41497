namespace TechBridge.Core.Shared.Notifications;

/// <summary>
/// A notice in one language: the subject, the plain text (also the inbox body), the e-mail's HTML, and the absolute link.
/// </summary>
public sealed record RenderedNotice(string Culture, string Subject, string Text, string Html, string? AbsoluteLink);
