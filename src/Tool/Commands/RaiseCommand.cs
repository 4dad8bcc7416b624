using System.Globalization;
using System.Text.Json;
using EventSystem.Tool.Cli;
using EventSystem.Tool.Connection;

namespace EventSystem.Tool.Commands;

/// <summary><c>eventsystem raise</c>: broadcasts one event through a short-lived node of the application.</summary>
internal static class RaiseCommand
{
    public const string Help = """
        Usage: eventsystem raise --redis <connection> --app <name> --event <guid> [options]

        Starts a node of the application, broadcasts the event to every server of it, and stops. The JSON
        argument is sent as the event's payload; handlers read it as their registered parameter type, or as a
        JsonElement (a string when the JSON is a string) when none is registered. Without --json the argument is null.

        Options:
          --redis <connection>   StackExchange.Redis connection string, e.g. localhost:6379 (required)
          --app <name>           application name, as in EventSystemOptions.ApplicationName (required)
          --event <guid>         the event's id, e.g. 5f0d9b0e-41c5-4f3c-9e0a-3c7f5d0f5a11 (required)
          --json <json>          the argument, e.g. '"product-42"' or '{"id":42}'
          --raiser <guid>        the raiser id handlers see (default: a new GUID)
          --server <name>        the server name other servers see (default: eventsystem-tool@<machine>)
          --timeout <duration>   how long to wait for Redis to connect and to confirm (default 5s)
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken stop)
    {
        var parsed = ArgumentReader.Read(
            "raise", args, [.. Target.Options, "--event", "--json", "--raiser", "--server"], []);
        var target = Target.From(parsed);
        var eventId = ReadGuid("--event", parsed.Required("--event", "5f0d9b0e-41c5-4f3c-9e0a-3c7f5d0f5a11"));
        if (eventId == Guid.Empty)
        {
            throw new UsageException(
                "raise: --event must not be the empty GUID 00000000-0000-0000-0000-000000000000; "
                + "every event has its own fixed id.");
        }

        var raiserId = parsed.Value("--raiser") is { } raiser ? ReadGuid("--raiser", raiser) : Guid.NewGuid();
        var argument = ReadJson(parsed.Value("--json"));
        var options = new EventSystemOptions
        {
            RedisConnectionString = target.RedisConnectionString,
            ApplicationName = target.ApplicationName,
            ServerName = parsed.Value("--server") ?? $"eventsystem-tool@{Environment.MachineName}",
            ConnectTimeout = target.ConnectTimeout,
            RaiseTimeout = target.ConnectTimeout,
        };
        try
        {
            options.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new UsageException($"raise: {ex.Message.Replace($" (Parameter '{ex.ParamName}')", "",
                StringComparison.Ordinal)}");
        }

        RedisConnector.ParseConfiguration(target);
        EventSystemNode node;
        try
        {
            node = await EventSystemNode.StartAsync(options, cancellationToken: stop).ConfigureAwait(false);
        }
        catch (EventSystemUnavailableException ex)
        {
            throw RedisConnector.Unreachable(target, ex.InnerException ?? ex);
        }

        await using (node.ConfigureAwait(false))
        {
            try
            {
                await node.Get(eventId).RaiseAsync(raiserId, argument, stop).ConfigureAwait(false);
            }
            catch (EventSystemUnavailableException ex)
            {
                throw new ToolFailureException($"raise: {ex.Message}");
            }
            catch (EventPayloadTooLargeException ex)
            {
                throw new UsageException($"raise: {ex.Message}");
            }
        }

        var size = argument is { } sent
            ? JsonSerializer.SerializeToUtf8Bytes(sent, EventSystemJsonContext.Default.JsonElement).Length
            : 0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Raised {eventId} on '{target.ApplicationName}' as '{options.ServerName}', raiser {raiserId}, {size} B."));
        return ExitCodes.Success;
    }

    private static Guid ReadGuid(string option, string text) => Guid.TryParse(text, out var id)
        ? id
        : throw new UsageException(
            $"raise: {option} '{text}' is not a GUID; write it like 5f0d9b0e-41c5-4f3c-9e0a-3c7f5d0f5a11.");

    private static JsonElement? ReadJson(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            var where = ex.BytePositionInLine is { } column
                ? $" at line {(ex.LineNumber ?? 0) + 1}, column {column + 1}"
                : "";
            throw new UsageException($"raise: --json is not valid JSON{where}: '{text}'. "
                + "Quote it for your shell, e.g. --json '{\"id\":42}' or --json '\"text\"'.");
        }
    }
}
