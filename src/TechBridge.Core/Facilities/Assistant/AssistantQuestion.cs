namespace TechBridge.Core.Facilities.Assistant;

/// <summary>
/// What one question asks: the intent; the equipment it names (<see cref="Subject"/>, null when it names none); an
/// industry code and a center city when it names them; the KST days [<see cref="From"/>, <see cref="To"/>) when it names a
/// period; a length in whole <see cref="Hours"/> or <see cref="Days"/> when it names one.
/// </summary>
public sealed record AssistantQuestion(
    AssistantIntent Intent, EquipmentSubject? Subject, string? Industry, string? City, DateOnly? From, DateOnly? To, int? Hours, int? Days);

/// <summary>
/// The equipment a question names, in words fit to show (<see cref="Korean"/>, <see cref="English"/>), and the texts to
/// look for in the catalogue, best first. <see cref="Known"/> is true when the words are a known equipment term (a
/// glossary pair) rather than the question's remaining words.
/// </summary>
public sealed record EquipmentSubject(string Korean, string English, IReadOnlyList<string> SearchTexts, bool Known);
