using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Web.Components.Pages.Programs.Proposals;

/// <summary>How a proposal is named and its status shown in the portal.</summary>
internal static class ProposalText
{
    /// <summary>The title in the reader's language, the other one if that is empty, or <paramref name="untitled"/>.</summary>
    public static string Title(string ko, string en, string untitled) => Bilingual.Pick(ko, en) is { Length: > 0 } title ? title : untitled;

    public static string Tone(ProposalStatus status) => status switch
    {
        ProposalStatus.Submitted => "ok",
        ProposalStatus.Draft => "warn",
        _ => "off",
    };
}
