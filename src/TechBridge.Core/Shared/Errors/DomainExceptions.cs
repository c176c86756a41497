namespace TechBridge.Core.Shared.Errors;

/// <summary>The requested entity does not exist (HTTP 404).</summary>
public sealed class NotFoundException(string entity, object id)
    : Exception($"{entity} '{id}' was not found.")
{
    public string Entity { get; } = entity;
    public string Id { get; } = id.ToString() ?? string.Empty;
}

/// <summary>The caller may not do this (HTTP 403).</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>A business rule refuses the change (HTTP 409); <see cref="Code"/> is a resource key for the message.</summary>
public sealed class BusinessRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>Input is invalid (HTTP 400); messages are already in the caller's language, keyed by field name.</summary>
public sealed class ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("One or more fields are invalid.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static ValidationFailedException For(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}
