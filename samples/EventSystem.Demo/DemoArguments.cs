using System.Globalization;

namespace EventSystem.Demo;

/// <summary>The command line of either role.</summary>
internal sealed record DemoArguments(
    string Role, string Redis, string? Application, string? Name, int Servers, double Seconds)
{
    public const string Usage = """
        Usage:
          EventSystem.Demo --role coordinator --redis <connection string> [--servers 3] [--seconds 8]
          EventSystem.Demo --role server --redis <connection string> --app <name> --name <A|B|C> --seconds <n>
        """;

    /// <summary>
    /// Reads <c>--key value</c> pairs; returns <see langword="null"/> and an error when they make no sense.
    /// </summary>
    public static DemoArguments? Parse(string[] args, out string? error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                error = $"expected '--option value' pairs, found '{args[i]}'";
                return null;
            }

            values[args[i][2..]] = args[i + 1];
        }

        var role = values.GetValueOrDefault("role");
        var redis = values.GetValueOrDefault("redis");
        if (role is not ("coordinator" or "server") || string.IsNullOrWhiteSpace(redis))
        {
            error = "--role (coordinator or server) and --redis are required";
            return null;
        }

        if (!int.TryParse(values.GetValueOrDefault("servers", "3"), CultureInfo.InvariantCulture, out var servers)
            || servers is < 2 or > 26)
        {
            error = "--servers must be a number from 2 to 26";
            return null;
        }

        if (!double.TryParse(values.GetValueOrDefault("seconds", "8"), CultureInfo.InvariantCulture, out var seconds)
            || seconds is < 3 or > 600)
        {
            error = "--seconds must be a number from 3 to 600";
            return null;
        }

        var parsed = new DemoArguments(role, redis, values.GetValueOrDefault("app"), values.GetValueOrDefault("name"),
            servers, seconds);
        if (role == "server" && (parsed.Application is null || parsed.Name is null))
        {
            error = "a server needs --app and --name";
            return null;
        }

        error = null;
        return parsed;
    }
}
