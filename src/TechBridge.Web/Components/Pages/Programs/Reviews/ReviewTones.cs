using System.Globalization;
using TechBridge.Core.Programs.Review.Assignments;

namespace TechBridge.Web.Components.Pages.Programs.Reviews;

/// <summary>How a review's status and total are shown.</summary>
internal static class ReviewTones
{
    /// <summary>Open reviews stand out (warn): they wait for the reviewer; submitted ones are done (ok); declined ones are off.</summary>
    public static string Of(AssignmentStatus status) => status switch
    {
        AssignmentStatus.Released => "warn",
        AssignmentStatus.Submitted => "ok",
        _ => "off",
    };

    /// <summary>A total on 0–100 with at most one decimal.</summary>
    public static string Score(double total) => total.ToString("0.#", CultureInfo.InvariantCulture);
}
