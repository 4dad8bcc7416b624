using System.Diagnostics;
using System.Text.Json;

namespace EventSystem.Demo;

/// <summary>
/// One server role running as a child process of the coordinator. Echoes its output prefixed with its name and
/// picks the protocol lines out of it.
/// </summary>
internal sealed class ChildServer : IDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource doneSending = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<ServerSummary> summary =
        new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task outputPump;
    private readonly Task errorPump;

    private ChildServer(string name, Process process)
    {
        Name = name;
        this.process = process;
        outputPump = PumpAsync(process.StandardOutput, handleProtocol: true);
        errorPump = PumpAsync(process.StandardError, handleProtocol: false);
    }

    public string Name { get; }

    public Task Ready => ready.Task;

    public Task DoneSending => doneSending.Task;

    public Task<ServerSummary> Summary => summary.Task;

    /// <summary>Starts this very program again, in the server role.</summary>
    public static ChildServer Start(string name, IEnumerable<string> serverArguments)
    {
        var start = new ProcessStartInfo
        {
            FileName = DotnetHost(),
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "EventSystem.Demo.dll"));
        foreach (var argument in serverArguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start server {name}");
        return new ChildServer(name, process);
    }

    public async Task SendAsync(string line)
    {
        await process.StandardInput.WriteLineAsync(line);
        await process.StandardInput.FlushAsync();
    }

    /// <summary>Waits for the process to end; kills it when it outlives the deadline. Returns its exit code.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
            await Task.WhenAll(outputPump, errorPump);
            return process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return null;
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private static string DotnetHost()
    {
        // Run as 'dotnet EventSystem.Demo.dll' the host is this process; run through the apphost ('dotnet run'),
        // the SDK names the host in DOTNET_HOST_PATH, and 'dotnet' on PATH is the last resort.
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet")
        {
            return current;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }

    private async Task PumpAsync(StreamReader reader, bool handleProtocol)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            if (handleProtocol && HandleProtocol(line))
            {
                continue;
            }

            Console.WriteLine($"[{Name}] {line}");
        }

        if (!handleProtocol)
        {
            return;
        }

        var ended = new InvalidOperationException($"server {Name} ended its output early");
        ready.TrySetException(ended);
        doneSending.TrySetException(ended);
        summary.TrySetException(ended);
    }

    private bool HandleProtocol(string line)
    {
        if (line == Protocol.Ready)
        {
            ready.TrySetResult();
            return true;
        }

        if (line == Protocol.DoneSending)
        {
            doneSending.TrySetResult();
            return true;
        }

        if (line.StartsWith(Protocol.Summary + " ", StringComparison.Ordinal))
        {
            var parsed = JsonSerializer.Deserialize(line[(Protocol.Summary.Length + 1)..],
                DemoJsonContext.Default.ServerSummary);
            if (parsed is null)
            {
                summary.TrySetException(new InvalidDataException($"server {Name} printed an empty summary"));
            }
            else
            {
                summary.TrySetResult(parsed);
            }

            return true;
        }

        return false;
    }
}
