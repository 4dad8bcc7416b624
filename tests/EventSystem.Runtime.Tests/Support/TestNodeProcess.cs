using System.Diagnostics;
using System.Threading.Channels;

namespace EventSystem.Runtime.Tests.Support;

/// <summary>An EventSystem.TestNode running in a process of its own, driven over stdin and read over stdout.</summary>
internal sealed class TestNodeProcess : IAsyncDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly Process process;
    private readonly Channel<string> lines = Channel.CreateUnbounded<string>();

    private TestNodeProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lines.Writer.TryWrite(e.Data);
            }
        };
        process.BeginOutputReadLine();
    }

    public int Id => process.Id;

    public static async Task<TestNodeProcess> StartAsync(string redis, string application, string server, Guid eventId)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "EventSystem.TestNode.dll"));
        foreach (var arg in new[] { redis, application, server, eventId.ToString() })
        {
            start.ArgumentList.Add(arg);
        }

        var node = new TestNodeProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet failed"));
        await node.ExpectAsync("READY");
        return node;
    }

    /// <summary>Sends a command and returns the first answer line that starts with <paramref name="answer"/>.</summary>
    public async Task<string> AskAsync(string command, string answer)
    {
        await process.StandardInput.WriteLineAsync(command);
        await process.StandardInput.FlushAsync();
        return await ExpectAsync(answer);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await process.StandardInput.WriteLineAsync("exit");
            await process.StandardInput.FlushAsync();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        process.Dispose();
    }

    private async Task<string> ExpectAsync(string prefix)
    {
        using var timeout = new CancellationTokenSource(Deadline);
        while (true)
        {
            string line;
            try
            {
                line = await lines.Reader.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException(
                    $"Test node {process.Id} never answered '{prefix}' (exited: {process.HasExited}).");
            }

            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line;
            }
        }
    }
}
