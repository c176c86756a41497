namespace TechBridge.Core.Shared.Audit;

/// <summary>Marks a property whose value must never be written to the audit trail (secrets).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AuditMaskedAttribute : Attribute;
