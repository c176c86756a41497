using System.Globalization;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Programs;

/// <summary>The call form's fields as a browser posts them (calls to edit come from <see cref="PublishedCalls"/>).</summary>
public static class CallFormWorld
{
    /// <summary>A <c>datetime-local</c> value: today in KST plus <paramref name="days"/>, at <paramref name="hour"/>:00.</summary>
    public static string Local(int days, int hour = 10) =>
        Day(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + $"T{hour:00}:00";

    /// <summary>A complete, valid form for an open call with three stages; change entries to make it wrong.</summary>
    public static List<KeyValuePair<string, string>> ValidForm(string titleKo, string version = "") =>
    [
        new("Input.Version", version),
        new("Input.ProgramCode", "GLOBAL_COOP_CENTERS"),
        new("Input.TitleKo", titleKo),
        new("Input.TitleEn", "2027 joint research call"),
        new("Input.SummaryKo", "해외 협력센터와 함께 수행할 공동연구 과제를 공모합니다."),
        new("Input.SummaryEn", ""),
        new("Input.Kind", "Open"),
        new("Input.OpensAt", Local(1, 9)),
        new("Input.ClosesAt", Local(31, 18)),
        new("Input.TotalBudget", "18,000,000,000"),
        new("Input.MaxPerTask", "1,500,000,000"),
        new("Input.MaxSharePercent", "75"),
        new("Input.MaxMonths", "36"),
        new("Input.RequiresDispatch", "true"),
        new("FieldCodes", "SECONDARY_BATTERY"),
        new("FieldCodes", "SEMICONDUCTOR"),
        new("ApplicantTypes", "SmallBusiness"),
        new("ApplicantTypes", "MidSizedCompany"),
        new("Documents", "ResearchPlan"),
        new("TopicTitleKo0", ""), new("TopicTitleEn0", ""), new("TopicWhyKo0", ""), new("TopicWhyEn0", ""), new("TopicWhatKo0", ""), new("TopicWhatEn0", ""),
        new("TopicTitleKo1", ""), new("TopicTitleEn1", ""), new("TopicWhyKo1", ""), new("TopicWhyEn1", ""), new("TopicWhatKo1", ""), new("TopicWhatEn1", ""),
        new("StageKind0", "Screening"), new("StageWeight0", "0"), new("StageCutOff0", ""), new("StageReviewers0", "0"), new("StageDue0", ""),
        new("StageKind1", "OverseasPeerReview"), new("StageWeight1", "40"), new("StageCutOff1", "60"), new("StageReviewers1", "3"), new("StageDue1", Local(45)),
        new("StageKind2", "DomesticPanel"), new("StageWeight2", "60"), new("StageCutOff2", "70"), new("StageReviewers2", "5"), new("StageDue2", Local(60)),
        new("StageKind3", ""), new("StageWeight3", ""), new("StageCutOff3", ""), new("StageReviewers3", ""), new("StageDue3", ""),
        new("StageKind4", ""), new("StageWeight4", "50"), new("StageCutOff4", ""), new("StageReviewers4", ""), new("StageDue4", ""),
    ];

    /// <summary>The form with the entries named <paramref name="name"/> replaced by one with <paramref name="value"/>.</summary>
    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> form, string name, string value) =>
        [.. form.Where(f => f.Key != name), new(name, value)];
}
