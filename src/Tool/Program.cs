using EventSystem.Tool;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl-C ends the command cleanly; a second one (while still stopping) ends the process.
    e.Cancel = !stop.IsCancellationRequested;
    stop.Cancel();
};

try
{
    return await ToolEntry.RunAsync(args, Console.Out, Console.Error, stop.Token);
}
#pragma warning disable CA1031 // Operators get one line, not a stack trace; the type names what went wrong.
catch (Exception ex)
#pragma warning restore CA1031
{
    await Console.Error.WriteLineAsync($"eventsystem: unexpected {ex.GetType().Name}: {ex.Message}");
    return 1;
}
