using System.Globalization;

namespace EventSystem.Tool.Cli;

/// <summary>The options given to one command, already checked against the options it knows.</summary>
internal sealed class ParsedArguments(
    string command, IReadOnlyDictionary<string, string> values, IReadOnlySet<string> flags)
{
    public string Command { get; } = command;

    public bool Has(string flag) => flags.Contains(flag);

    public string? Value(string option) => values.GetValueOrDefault(option);

    public string Required(string option, string example) => Value(option) ?? throw new UsageException(
        $"{Command}: missing {option}, for example '{option} {example}'. See 'eventsystem {Command} --help'.");

    public int? PositiveInt(string option)
    {
        var text = Value(option);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new UsageException($"{Command}: {option} is '{text}'; use a whole number above zero.");
    }

    /// <summary>Reads a duration written as seconds ("2", "1.5", "2s"), milliseconds ("500ms") or minutes ("5m").
    /// </summary>
    public TimeSpan? Duration(string option)
    {
        var text = Value(option);
        if (text is null)
        {
            return null;
        }

        var (number, scale) = text.EndsWith("ms", StringComparison.Ordinal) ? (text[..^2], 0.001)
            : text.EndsWith('s') ? (text[..^1], 1.0)
            : text.EndsWith('m') ? (text[..^1], 60.0)
            : (text, 1.0);
        if (double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            && amount > 0 && amount * scale <= TimeSpan.FromDays(1).TotalSeconds)
        {
            return TimeSpan.FromSeconds(amount * scale);
        }

        throw new UsageException(
            $"{Command}: {option} is '{text}'; use a duration above zero such as '2', '2s', '500ms' or '5m'.");
    }
}
