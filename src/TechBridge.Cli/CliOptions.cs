namespace TechBridge.Cli;

/// <summary>Wrong command-line words: reported with usage and exit code 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);

/// <summary>The words after the verb: <c>--name value</c> options, <c>--flag</c> switches, and positional arguments.</summary>
public sealed class CliOptions
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "json", "no-glossary", "no-bigrams" };
    private readonly Dictionary<string, string> values;

    private CliOptions(Dictionary<string, string> values, HashSet<string> switches, List<string> positional)
    {
        this.values = values;
        Switches = switches;
        Positional = positional;
    }

    public IReadOnlySet<string> Switches { get; }

    public IReadOnlyList<string> Positional { get; }

    public string? this[string name] => values.TryGetValue(name, out var value) ? value : null;

    public bool Has(string flag) => Switches.Contains(flag);

    public string Required(string name) => this[name] ?? throw new CliUsageException($"--{name} is required.");

    public int Number(string name, int fallback, int min, int max)
    {
        var text = this[name];
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new CliUsageException($"--{name} must be a whole number from {min} to {max}, not '{text}'.");
    }

    public static CliOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var switches = new HashSet<string>(StringComparer.Ordinal);
        var positional = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(args[i]);
                continue;
            }

            var name = args[i][2..];
            if (Flags.Contains(name))
            {
                switches.Add(name);
            }
            else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                values[name] = args[++i];
            }
            else
            {
                throw new CliUsageException($"--{name} needs a value.");
            }
        }

        return new CliOptions(values, switches, positional);
    }
}
