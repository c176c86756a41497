namespace TechBridge.Core.Programs.Review.Declarations;

/// <summary>
/// What a reviewer declares: an organisation from the directory (<see cref="OrganizationId"/>) or by name, and/or a
/// person's name (at least one of the two), the reason, and the last day it holds (optional).
/// </summary>
public sealed record ReviewerDeclarationInput(Guid? OrganizationId, string? OrganizationName, string? PersonName, string? Reason, DateOnly? Until);

/// <summary>
/// A declaration as its reviewer and the program managers read it. <see cref="OrganizationName"/> is the name the reviewer
/// gave, or the directory's (Korean) name of <see cref="OrganizationId"/>, whose English name is <see cref="OrganizationNameEn"/>.
/// </summary>
public sealed record ReviewerDeclarationView(
    Guid Id, Guid? OrganizationId, string? OrganizationName, string? OrganizationNameEn, string? PersonName, string Reason, DateTimeOffset DeclaredAt,
    DateOnly? Until, bool IsExpired);
