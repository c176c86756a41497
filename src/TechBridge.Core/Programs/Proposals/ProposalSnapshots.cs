using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TechBridge.Core.Programs.Proposals;

/// <summary>Writes and reads the frozen copy of a submitted proposal (JSON with enums by name, so it reads the same after enums grow).</summary>
public static class ProposalSnapshots
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static (string Json, string Sha256) Serialize(ProposalSnapshot snapshot)
    {
        var json = JsonSerializer.Serialize(snapshot, Options);
        return (json, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))));
    }

    public static ProposalSnapshot Deserialize(string json) =>
        JsonSerializer.Deserialize<ProposalSnapshot>(json, Options) ?? throw new InvalidDataException("The proposal snapshot is empty.");
}
