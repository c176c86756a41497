using TechBridge.Core.Programs.Calls;

namespace TechBridge.Core.Programs.Review;

/// <summary>The language a review stage is held in, forms and e-mails alike: English for the overseas peer review, Korean for the domestic panel.</summary>
public static class StageLanguage
{
    public static string CultureOf(StageKind kind) => kind == StageKind.OverseasPeerReview ? "en" : "ko";
}
