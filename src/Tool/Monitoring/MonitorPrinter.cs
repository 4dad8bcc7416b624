using System.Globalization;
using System.Text.Json.Nodes;
using EventSystem.Transport;
using EventSystem.Wire;

namespace EventSystem.Tool.Monitoring;

/// <summary>
/// Writes what the monitor sees, as aligned text lines or as one JSON object per line (<c>--json</c>). Calls may
/// come from Redis connection events as well as the read loop, so every write takes a lock.
/// </summary>
internal sealed class MonitorPrinter(TextWriter output, bool json)
{
    private readonly Lock gate = new();

    public static string FormatEpoch(long? epoch) =>
        epoch is { } value ? value.ToString("x16", CultureInfo.InvariantCulture) : "none";

    public void Started(string channel, CounterSnapshot counter)
    {
        if (json)
        {
            Write(new JsonObject
            {
                ["type"] = "started",
                ["channel"] = channel,
                ["epoch"] = counter.Epoch is null ? null : FormatEpoch(counter.Epoch),
                ["counter"] = counter.Value,
            });
            return;
        }

        var at = counter.Epoch is null
            ? "no events raised since the counter was last reset"
            : $"counter epoch {FormatEpoch(counter.Epoch)} at {counter.Value}";
        Write($"Watching {channel}; {at}. Ctrl-C stops.");
    }

    public void Message(DateTimeOffset receivedAt, Envelope envelope, SequenceNote note, string? foreignTo)
    {
        if (note.EpochChanged)
        {
            EpochChanged(receivedAt, note.PreviousEpoch, envelope.Epoch);
        }

        if (note.HasGap)
        {
            Gap(receivedAt, envelope.Epoch, note);
        }

        for (var i = 0; i < envelope.Entries.Count; i++)
        {
            Entry(receivedAt, envelope, i, note.LateOrDuplicate, foreignTo);
        }
    }

    public void Undecodable(DateTimeOffset receivedAt, DropReason reason, ReadOnlySpan<byte> message)
    {
        var head = Convert.ToHexString(message[..Math.Min(message.Length, 16)]).ToLowerInvariant();
        if (json)
        {
            Write(new JsonObject
            {
                ["type"] = "undecodable",
                ["receivedAt"] = receivedAt,
                ["reason"] = reason.ToString(),
                ["bytes"] = message.Length,
                ["head"] = head,
            });
            return;
        }

        Write($"{Time(receivedAt)}  undecodable message dropped: {reason}, {message.Length} B, starts {head}");
    }

    public void Notice(DateTimeOffset at, string text)
    {
        if (json)
        {
            Write(new JsonObject { ["type"] = "notice", ["at"] = at, ["text"] = text });
            return;
        }

        Write($"{Time(at)}  {text}");
    }

    public void Stopped(int messages, long missing)
    {
        if (json)
        {
            Write(new JsonObject { ["type"] = "stopped", ["messages"] = messages, ["numbersNotSeen"] = missing });
            return;
        }

        Write($"Stopped after {messages} message(s); {missing} sequence number(s) not seen.");
    }

    private void EpochChanged(DateTimeOffset at, long? previous, long current)
    {
        if (json)
        {
            Write(new JsonObject
            {
                ["type"] = "epoch",
                ["receivedAt"] = at,
                ["previous"] = FormatEpoch(previous),
                ["epoch"] = FormatEpoch(current),
            });
            return;
        }

        Write($"{Time(at)}  counter epoch changed {FormatEpoch(previous)} -> {FormatEpoch(current)}: "
            + "the counter was reset (Redis restarted or flushed, or the key deleted); numbers start again");
    }

    private void Gap(DateTimeOffset at, long epoch, SequenceNote note)
    {
        if (json)
        {
            Write(new JsonObject
            {
                ["type"] = "gap",
                ["receivedAt"] = at,
                ["epoch"] = FormatEpoch(epoch),
                ["from"] = note.GapFrom,
                ["to"] = note.GapTo,
                ["count"] = note.GapCount,
            });
            return;
        }

        var range = note.GapFrom == note.GapTo ? $"#{note.GapFrom}" : $"#{note.GapFrom}-#{note.GapTo}";
        Write($"{Time(at)}  gap: {range} not seen ({note.GapCount} number(s))");
    }

    private void Entry(DateTimeOffset at, Envelope envelope, int index, bool late, string? foreignTo)
    {
        var entry = envelope.Entries[index];
        var sequence = envelope.FirstSequenceNumber + index;
        if (json)
        {
            Write(new JsonObject
            {
                ["type"] = "event",
                ["receivedAt"] = at,
                ["sentAt"] = envelope.SentAt,
                ["epoch"] = FormatEpoch(envelope.Epoch),
                ["sequenceNumber"] = sequence,
                ["eventId"] = entry.EventId,
                ["raiserId"] = entry.RaiserId,
                ["server"] = envelope.ServerName,
                ["nodeId"] = envelope.SenderNodeId,
                ["application"] = envelope.ApplicationName,
                ["payloadBytes"] = entry.Payload.Length,
                ["batchSize"] = envelope.Entries.Count,
                ["lateOrDuplicate"] = late,
                ["traceParent"] = entry.TraceParent,
            });
            return;
        }

        var notes = (envelope.Entries.Count > 1 ? $"  (batch {index + 1}/{envelope.Entries.Count})" : "")
            + (late ? "  late or duplicate" : "")
            + (foreignTo is null ? "" : $"  from application '{envelope.ApplicationName}', not '{foreignTo}'");
        Write($"{Time(at)}  #{sequence}  {envelope.ServerName}  event {entry.EventId}  raiser {entry.RaiserId}  "
            + $"{entry.Payload.Length} B{notes}");
    }

    private static string Time(DateTimeOffset at) =>
        at.ToLocalTime().ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);

    private void Write(JsonObject line) => Write(line.ToJsonString());

    private void Write(string line)
    {
        lock (gate)
        {
            output.WriteLine(line);
            output.Flush();
        }
    }
}
