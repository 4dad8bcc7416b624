using System.Diagnostics;
using System.Text.RegularExpressions;

namespace EventSystem.Testing;

/// <summary>Finds redis-server and redis-cli on PATH and learns what the server version accepts.</summary>
internal static partial class RedisExecutables
{
    private static readonly Lazy<string?> ServerOnPath = new(() => FindOnPath("redis-server"));

    /// <summary>The full path of redis-server on PATH, or null when there is none.</summary>
    public static string? FindServer() => ServerOnPath.Value;

    /// <summary>redis-cli beside <paramref name="serverPath"/>, else the one on PATH.</summary>
    public static string FindCli(string serverPath)
    {
        var beside = Path.Combine(Path.GetDirectoryName(serverPath) ?? ".", "redis-cli");
        return File.Exists(beside)
            ? beside
            : FindOnPath("redis-cli") ?? throw new InvalidOperationException(
                "redis-cli is not on PATH; it ships with redis-server ('sudo apt-get install -y redis-server').");
    }

    /// <summary>The major version that <c>redis-server --version</c> reports, or 0 when it cannot be read.</summary>
    public static int MajorVersion(string serverPath)
    {
        var start = new ProcessStartInfo(serverPath, "--version") { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var match = VersionPattern().Match(output);
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    private static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
    }

    [GeneratedRegex(@"v=(\d+)\.")]
    private static partial Regex VersionPattern();
}
