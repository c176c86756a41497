namespace TechBridge.Matching.Index;

/// <summary>Binary form of <see cref="DocumentFacets"/> in snapshot files.</summary>
internal static class FacetsCodec
{
    public static void Write(BinaryWriter writer, DocumentFacets facets)
    {
        WriteOptional(writer, facets.EntityType);
        writer.Write(facets.Fields.Count);
        foreach (var field in facets.Fields)
        {
            writer.Write(field);
        }

        WriteOptional(writer, facets.Industry);
        WriteOptional(writer, facets.RndStage);
        writer.Write((sbyte)(facets.TrlMin ?? -1));
        writer.Write((sbyte)(facets.TrlMax ?? -1));
        WriteOptional(writer, facets.Country);
        writer.Write(facets.MinCostKrw ?? -1L);
    }

    public static DocumentFacets Read(BinaryReader reader)
    {
        var entityType = ReadOptional(reader);
        var fields = new string[reader.ReadInt32()];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = reader.ReadString();
        }

        var industry = ReadOptional(reader);
        var stage = ReadOptional(reader);
        var trlMin = reader.ReadSByte();
        var trlMax = reader.ReadSByte();
        var country = ReadOptional(reader);
        var cost = reader.ReadInt64();
        return new DocumentFacets
        {
            EntityType = entityType, Fields = fields, Industry = industry, RndStage = stage,
            TrlMin = trlMin < 0 ? null : trlMin, TrlMax = trlMax < 0 ? null : trlMax, Country = country,
            MinCostKrw = cost < 0 ? null : cost,
        };
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
