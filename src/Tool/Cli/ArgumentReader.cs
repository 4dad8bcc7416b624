namespace EventSystem.Tool.Cli;

/// <summary>
/// Reads <c>--name value</c>, <c>--name=value</c> and <c>--flag</c> options for one command, rejecting any the
/// command does not know, so a typo is reported instead of silently ignored.
/// </summary>
internal static class ArgumentReader
{
    public static ParsedArguments Read(
        string command,
        IReadOnlyList<string> args,
        IReadOnlyCollection<string> valueOptions,
        IReadOnlyCollection<string> flagOptions)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException(
                    $"{command}: unexpected argument '{arg}'. See 'eventsystem {command} --help'.");
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? arg : arg[..equals];
            if (flagOptions.Contains(name) && equals < 0)
            {
                flags.Add(name);
                continue;
            }

            if (!valueOptions.Contains(name))
            {
                throw new UsageException(
                    $"{command}: unknown option '{name}'. See 'eventsystem {command} --help'.");
            }

            string value;
            if (equals >= 0)
            {
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count)
            {
                value = args[++i];
            }
            else
            {
                throw new UsageException($"{command}: {name} needs a value.");
            }

            if (!values.TryAdd(name, value))
            {
                throw new UsageException($"{command}: {name} is given more than once.");
            }
        }

        return new ParsedArguments(command, values, flags);
    }
}
