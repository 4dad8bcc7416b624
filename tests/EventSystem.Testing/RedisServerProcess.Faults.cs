using System.Diagnostics;
using System.Globalization;

namespace EventSystem.Testing;

/// <content>Faults a test injects into its own server: pausing it and commanding it through redis-cli.</content>
public sealed partial class RedisServerProcess
{
    private static readonly TimeSpan SignalTakesEffectTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan CliTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Freezes the server with SIGSTOP: connections stay open but nothing answers.</summary>
    public async Task PauseAsync()
    {
        UnixSignals.Stop(process.Id);
        await WaitForStoppedStateAsync(expectStopped: true);
    }

    /// <summary>Lets a paused server run again with SIGCONT.</summary>
    public async Task ResumeAsync()
    {
        UnixSignals.Continue(process.Id);
        await WaitForStoppedStateAsync(expectStopped: false);
    }

    /// <summary>
    /// Runs redis-cli against this server with <paramref name="args"/> (for example <c>CLIENT KILL TYPE pubsub</c>,
    /// <c>FLUSHALL</c>, <c>DEBUG SLEEP 1</c>) and returns what it printed.
    /// </summary>
    /// <exception cref="InvalidOperationException">redis-cli failed or took longer than 30 s.</exception>
    public async Task<string> CliAsync(params string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var start = new ProcessStartInfo(RedisExecutables.FindCli(serverPath))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture)])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        using var cli = Process.Start(start)!;
        cli.StandardInput.Close();
        var stdout = cli.StandardOutput.ReadToEndAsync();
        var stderr = cli.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(CliTimeout);
        try
        {
            await cli.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            cli.Kill();
            throw new InvalidOperationException(
                $"redis-cli {string.Join(' ', args)} against {ConnectionString} " +
                $"took over {CliTimeout.TotalSeconds} s.");
        }

        if (cli.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"redis-cli {string.Join(' ', args)} exited with {cli.ExitCode}: {await stderr}{await stdout}");
        }

        return await stdout;
    }

    private async Task WaitForStoppedStateAsync(bool expectStopped)
    {
        // Signals are delivered asynchronously; on Linux /proc tells when the state has really changed.
        var statPath = $"/proc/{process.Id}/stat";
        if (!File.Exists(statPath))
        {
            return;
        }

        await Eventually.UntilAsync(
            () => IsStopped(statPath) == expectStopped,
            SignalTakesEffectTimeout,
            () => $"{this} did not become {(expectStopped ? "stopped" : "running")}");
    }

    private static bool IsStopped(string statPath)
    {
        // The state letter follows the parenthesised command name: "pid (comm) S ...".
        var stat = File.ReadAllText(statPath);
        var state = stat[(stat.LastIndexOf(')') + 2)..][0];
        return state is 'T' or 't';
    }
}
