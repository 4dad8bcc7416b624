using System.Globalization;
using System.Text.Json.Nodes;
using EventSystem.Transport;

namespace EventSystem.Tool.Monitoring;

/// <summary>What <c>eventsystem status</c> found, written as text or as one JSON object.</summary>
internal sealed record StatusReport(
    string Channel,
    CounterSnapshot Before,
    CounterSnapshot After,
    long Subscribers,
    TimeSpan Listened,
    SenderTally Tally,
    long NotSeen)
{
    public const string MissedNote = "Missed counts per node are not stored in Redis; each node reports its own "
        + "in EventSystemNode.Statistics.MissedEvents and its Missed events.";

    public void WriteText(TextWriter output, string application)
    {
        var counter = After.Epoch is null
            ? "no events raised since the counter was last reset (no epoch yet)"
            : $"epoch {MonitorPrinter.FormatEpoch(After.Epoch)}, value {After.Value}"
              + (After.Epoch == Before.Epoch ? $" (+{After.Value - Before.Value} while listening)" : " (reset)");
        output.WriteLine($"Application  {application}");
        output.WriteLine($"Channel      {Channel}");
        output.WriteLine($"Counter      {counter}");
        output.WriteLine($"Subscribers  {Subscribers} connection(s) subscribed to the channel (one per node)");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Listened     {Listened.TotalSeconds:0.###} s: {Tally.Senders.Sum(s => s.Messages)} message(s), "
            + $"{Tally.Undecodable} undecodable, {NotSeen} sequence number(s) not seen"));
        output.WriteLine();
        if (Tally.Senders.Count == 0)
        {
            output.WriteLine("No sender raised anything while listening; quiet nodes show only in Subscribers.");
        }
        else
        {
            output.WriteLine("Senders seen while listening:");
            output.WriteLine($"  {"SERVER",-24} {"NODE ID",-36} {"MESSAGES",8} {"EVENTS",8} {"LAST #",10}  LAST SEEN");
            var now = DateTimeOffset.Now;
            foreach (var sender in Tally.Senders.OrderBy(s => s.ServerName, StringComparer.Ordinal))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {sender.ServerName,-24} {sender.NodeId,-36} {sender.Messages,8} {sender.Events,8} "
                    + $"{sender.LastSequenceNumber,10}  {(now - sender.LastSeen).TotalSeconds:0.0} s ago"));
            }
        }

        output.WriteLine();
        output.WriteLine(MissedNote);
    }

    public JsonObject ToJson(string application)
    {
        var senders = new JsonArray();
        foreach (var sender in Tally.Senders.OrderBy(s => s.ServerName, StringComparer.Ordinal))
        {
            senders.Add(new JsonObject
            {
                ["server"] = sender.ServerName,
                ["nodeId"] = sender.NodeId,
                ["messages"] = sender.Messages,
                ["events"] = sender.Events,
                ["lastSequenceNumber"] = sender.LastSequenceNumber,
                ["lastSeen"] = sender.LastSeen,
                ["missed"] = null,
            });
        }

        return new JsonObject
        {
            ["application"] = application,
            ["channel"] = Channel,
            ["epoch"] = After.Epoch is null ? null : MonitorPrinter.FormatEpoch(After.Epoch),
            ["counter"] = After.Value,
            ["counterAtStart"] = Before.Value,
            ["subscribers"] = Subscribers,
            ["listenedSeconds"] = Listened.TotalSeconds,
            ["undecodable"] = Tally.Undecodable,
            ["numbersNotSeen"] = NotSeen,
            ["senders"] = senders,
            ["missedNote"] = MissedNote,
        };
    }
}
