using System.Text;

namespace TechBridge.Core.Programs.Review.Pool;

/// <summary>Names from OpenReview profile ids: <c>~Jane_Doe1</c> is Jane Doe (the tilde marks a profile, the number tells namesakes apart).</summary>
public static class OpenReviewProfiles
{
    public static string NameOf(string profileId)
    {
        ArgumentNullException.ThrowIfNull(profileId);
        var name = profileId.Trim().TrimStart('~').TrimEnd("0123456789".ToCharArray());
        var words = name.Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? profileId.Trim() : new StringBuilder().AppendJoin(' ', words).ToString();
    }
}
