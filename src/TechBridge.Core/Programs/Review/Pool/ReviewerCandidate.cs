namespace TechBridge.Core.Programs.Review.Pool;

/// <summary>
/// A reviewer read from an import (a CSV row or an OpenReview archive), before it is matched to a directory person.
/// <see cref="Origin"/> says where it came from in messages ("3번째 줄", "~Jane_Doe1").
/// </summary>
public sealed record ReviewerCandidate(
    string Origin, string NameKo, string NameEn, string? Email, string? Organization, string CountryCode, IReadOnlyList<string> FieldCodes,
    string? Keywords, int? MaxLoad, IReadOnlyList<CandidatePublication> Publications);

/// <summary>A publication of an imported reviewer; the year is unknown in OpenReview archives and optional in a CSV.</summary>
public sealed record CandidatePublication(string Title, int? Year, string? Abstract);

/// <summary>What an import did: reviewers added to the pool, rows whose person was in the pool already, directory people created.</summary>
public sealed record ReviewerImportResult(int Added, int Skipped, int PeopleCreated, int PeopleMatched);

/// <summary>What "add from directory" did: reviewers added, people already in the pool.</summary>
public sealed record ReviewerAddResult(int Added, int Skipped);
