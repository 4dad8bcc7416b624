using EventSystem.Tool.Cli;
using EventSystem.Tool.Commands;

namespace EventSystem.Tool;

/// <summary>The whole tool behind one call, so tests run it in-process with their own writers.</summary>
public static class ToolEntry
{
    private const string Usage = """
        eventsystem - operator tool for EventSystem applications

        Usage: eventsystem <command> --redis <connection> --app <name> [options]

        Commands:
          monitor   print each message on the application's channel as it arrives, with gaps and resets
          raise     broadcast an event by GUID with a JSON argument
          status    show the counter, the subscribers, each node's counts and last report, the servers sending now

        Run 'eventsystem <command> --help' for a command's options.
        Exit codes: 0 done, 1 could not be carried out (e.g. Redis unreachable), 2 bad input.
        """;

    /// <summary>Runs the command in <paramref name="args"/>; returns the process exit code.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="output">Where results go (standard output).</param>
    /// <param name="error">Where problems go (standard error).</param>
    /// <param name="stop">Cancelled on Ctrl-C; a monitor stops cleanly, other commands give up.</param>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken stop = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count == 0)
        {
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var command = args[0];
        var rest = args.Skip(1).ToArray();
        if (command is "--help" or "-h" or "help")
        {
            await output.WriteLineAsync(Usage).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var help = HelpFor(command);
        if (help is null)
        {
            await error.WriteLineAsync(
                $"Unknown command '{command}'. Commands: monitor, raise, status. See 'eventsystem --help'.")
                .ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        if (rest.Any(arg => arg is "--help" or "-h"))
        {
            await output.WriteLineAsync(help).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        try
        {
            return command switch
            {
                "monitor" => await MonitorCommand.RunAsync(rest, output, stop).ConfigureAwait(false),
                "raise" => await RaiseCommand.RunAsync(rest, output, stop).ConfigureAwait(false),
                _ => await StatusCommand.RunAsync(rest, output, stop).ConfigureAwait(false),
            };
        }
        catch (UsageException ex)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (ToolFailureException ex)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await error.WriteLineAsync($"{command}: cancelled.").ConfigureAwait(false);
            return ExitCodes.Failed;
        }
    }

    private static string? HelpFor(string command) => command switch
    {
        "monitor" => MonitorCommand.Help,
        "raise" => RaiseCommand.Help,
        "status" => StatusCommand.Help,
        _ => null,
    };
}
