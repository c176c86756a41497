namespace TechBridge.Core.Shared.Notifications;

/// <summary>
/// What to tell a person: a template (resource keys <c>Notice.{Template}.Subject</c> and <c>Notice.{Template}.Body</c> in
/// <c>CoreMessages</c>, ko and en, with named placeholders such as <c>{name}</c>) filled with <see cref="Values"/>, and an
/// optional link (a path on the portal, e.g. <c>/account/confirm?…</c>, made absolute with the portal's public address).
/// </summary>
public sealed record Notice(string Template, IReadOnlyDictionary<string, string> Values, string? Link = null)
{
    /// <summary>A file the e-mail carries (e.g. a calendar invitation); the inbox message and a digest do not.</summary>
    public INoticeAttachment? Attachment { get; init; }

    /// <summary>The language ("ko" or "en") the notice is always in, when the matter has its own (an overseas peer review is held in English); null: the recipient's.</summary>
    public string? Culture { get; init; }

    public static Notice Of(string template, string? link = null, params (string Key, string Value)[] values) =>
        new(template, values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal), link);
}
