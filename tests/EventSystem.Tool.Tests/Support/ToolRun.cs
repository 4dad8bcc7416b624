namespace EventSystem.Tool.Tests.Support;

/// <summary>Runs the tool in-process and keeps what it wrote; output can be read while a monitor still runs.</summary>
internal sealed class ToolRun : IDisposable
{
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();
    private readonly TextWriter syncOutput;
    private readonly TextWriter syncError;

    private ToolRun(IReadOnlyList<string> args, CancellationToken stop)
    {
        syncOutput = TextWriter.Synchronized(output);
        syncError = TextWriter.Synchronized(error);
        Completion = Task.Run(() => ToolEntry.RunAsync(args, syncOutput, syncError, stop));
    }

    public Task<int> Completion { get; }

    public string Output
    {
        get
        {
            lock (syncOutput)
            {
                return output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (syncError)
            {
                return error.ToString();
            }
        }
    }

    public void Dispose()
    {
        syncOutput.Dispose();
        syncError.Dispose();
    }

    public static ToolRun Start(CancellationToken stop, params string[] args) => new(args, stop);

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var run = Start(CancellationToken.None, args);
        var code = await run.Completion.WaitAsync(TimeSpan.FromSeconds(30));
        return (code, run.Output, run.Error);
    }
}
