namespace TechBridge.Matching.Index;

/// <summary>A named text field with its BM25F weight and length-normalisation strength.</summary>
public sealed record FieldDefinition(string Name, float Weight = 1f, float B = 0.75f);

/// <summary>The text fields of an index and the BM25F saturation parameter k1.</summary>
public sealed class IndexSchema
{
    public const int MaxFields = 8;

    public IndexSchema(IReadOnlyList<FieldDefinition> fields, float k1 = 1.2f)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.Count is 0 or > MaxFields)
        {
            throw new ArgumentException($"An index has 1 to {MaxFields} fields.", nameof(fields));
        }

        if (fields.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count() != fields.Count)
        {
            throw new ArgumentException("Field names must be unique.", nameof(fields));
        }

        Fields = fields;
        K1 = k1;
    }

    /// <summary>The default for TechBridge entities: a short title counts most, the body least.</summary>
    public static IndexSchema Default { get; } = new(
    [
        new FieldDefinition("title", 3.0f, 0.5f),
        new FieldDefinition("keywords", 2.0f, 0.3f),
        new FieldDefinition("summary", 1.5f, 0.75f),
        new FieldDefinition("body", 1.0f, 0.75f),
    ]);

    public IReadOnlyList<FieldDefinition> Fields { get; }

    public float K1 { get; }

    public int FieldIndex(string name)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (string.Equals(Fields[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
