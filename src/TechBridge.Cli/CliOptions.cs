namespace TechBridge.Cli;

/// <summary>Wrong command-line words: reported with usage and exit code 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);

/// <summary>The <c>--name value</c> options after the verb.</summary>
public sealed class CliOptions
{
    private readonly Dictionary<string, string> values;

    private CliOptions(Dictionary<string, string> values) => this.values = values;

    public string? this[string name] => values.TryGetValue(name, out var value) ? value : null;

    public static CliOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new CliUsageException($"expected '--option value' but found '{args[i]}'.");
            }

            values[args[i][2..]] = args[++i];
        }

        return new CliOptions(values);
    }
}
