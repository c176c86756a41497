namespace TechBridge.Core.Programs.Review.Declarations;

public static class DeclarationLimits
{
    public const int OrganizationNameLength = 200;
    public const int PersonNameLength = ReviewLimits.PersonNameLength;
    public const int ReasonLength = 500;

    /// <summary>How many declarations one reviewer may hold.</summary>
    public const int MaxPerReviewer = 50;
}
