namespace TechBridge.Cli;

/// <summary>Wrong command-line words: reported with usage and exit code 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);

/// <summary>
/// The words after the verb: <c>--name value</c> options, <c>--flag</c> switches and positional arguments, checked against
/// what the verb takes (<see cref="CommandSpec"/>): an option it does not take is refused naming the valid ones.
/// <c>--help</c> or <c>-h</c> anywhere asks for the verb's usage.
/// </summary>
public sealed class CliOptions
{
    private readonly Dictionary<string, string> values;

    private CliOptions(Dictionary<string, string> values, HashSet<string> switches, List<string> positional, bool help)
    {
        this.values = values;
        Switches = switches;
        Positional = positional;
        HelpRequested = help;
    }

    public bool HelpRequested { get; }

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

    public static CliOptions Parse(string[] args, CommandSpec spec)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(spec);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var switches = new HashSet<string>(StringComparer.Ordinal);
        var positional = new List<string>();
        var help = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--help" or "-h")
            {
                help = true;
                continue;
            }

            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(args[i]);
                continue;
            }

            var name = args[i][2..];
            if (spec.Switches.Contains(name))
            {
                switches.Add(name);
            }
            else if (!spec.Values.Contains(name))
            {
                throw new CliUsageException($"'{spec.Verb}' has no option --{name}. Valid options: {spec.ValidOptions}.");
            }
            else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                values[name] = args[++i];
            }
            else if (!help && !args.Skip(i + 1).Any(a => a is "--help" or "-h"))
            {
                throw new CliUsageException($"--{name} needs a value.");
            }
        }

        return new CliOptions(values, switches, positional, help);
    }
}
