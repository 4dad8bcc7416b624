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
    long NotSeen,
    IReadOnlyList<PresenceField> Presence,
    TimeSpan Stale,
    DateTimeOffset PresenceReadAt)
{
    private static readonly string NodeHeader = $"  {"SERVER",-24} {"NODE ID",-36} {"STARTED",-19}  {"LAST SEEN",-24} "
        + $"{"SENT",8} {"RECEIVED",9} {"MISSED EV",10} {"MISSED RPT",11} {"DROPPED",8} {"RESETS",7} {"SUB LOST",9}";

    private IEnumerable<PresenceField> Nodes => Presence.Where(p => p.Node is not null)
        .OrderBy(p => p.Node!.Server, StringComparer.Ordinal).ThenBy(p => p.Node!.StartedAt);

    private IEnumerable<PresenceField> Unreadable => Presence.Where(p => p.Node is null)
        .OrderBy(p => p.Field, StringComparer.Ordinal);

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
        WriteNodes(output);
        output.WriteLine();
        if (Tally.Senders.Count == 0)
        {
            output.WriteLine("No sender raised anything while listening.");
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
    }

    public JsonObject ToJson(string application)
    {
        var missedBySender = Nodes.DistinctBy(p => p.Node!.NodeId)
            .ToDictionary(p => p.Node!.NodeId, p => p.Node!.MissedEvents);
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
                ["missed"] = missedBySender.TryGetValue(sender.NodeId, out var missed) ? missed : null,
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
            ["staleAfterSeconds"] = Stale.TotalSeconds,
            ["nodes"] = new JsonArray([.. Nodes.Select(NodeJson)]),
            ["unreadableNodes"] = new JsonArray([.. Unreadable.Select(UnreadableJson)]),
            ["senders"] = senders,
        };
    }

    private bool IsStale(PresenceField field) => field.SinceSeen(PresenceReadAt) > Stale;

    private void WriteNodes(TextWriter output)
    {
        var fresh = Nodes.Where(p => !IsStale(p)).ToList();
        var stale = Nodes.Where(IsStale).ToList();
        var unreadable = Unreadable.ToList();
        var within = DurationText.Format(Stale);
        if (fresh.Count == 0 && stale.Count == 0)
        {
            output.WriteLine("No node presence records: no node of this application has run in the last hour.");
        }

        if (fresh.Count > 0)
        {
            output.WriteLine($"Nodes seen within {within}:");
            output.WriteLine(NodeHeader);
            fresh.ForEach(p => output.WriteLine(
                NodeLine(p, $"{DurationText.Format(p.SinceSeen(PresenceReadAt))} ago")));
        }

        if (stale.Count > 0)
        {
            if (fresh.Count > 0)
            {
                output.WriteLine();
            }

            output.WriteLine(
                $"Nodes not seen for over {within} (stopped without leaving, hung, or cut off from Redis):");
            output.WriteLine(NodeHeader);
            stale.ForEach(p => output.WriteLine(
                NodeLine(p, $"not seen for {DurationText.Format(p.SinceSeen(PresenceReadAt))}")));
        }

        if (unreadable.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Presence fields that are not node records (written by something else?):");
            foreach (var field in unreadable)
            {
                output.WriteLine(
                    $"  '{field.Field}': {field.Problem}; {field.Bytes} B, starts '{field.Head}'");
            }
        }
    }

    private static string NodeLine(PresenceField field, string lastSeen)
    {
        var node = field.Node!;
        return string.Create(CultureInfo.InvariantCulture,
            $"  {node.Server,-24} {node.NodeId,-36} {field.StartedAt.ToLocalTime():yyyy-MM-dd HH:mm:ss}  "
            + $"{lastSeen,-24} {node.Sent,8} {node.Received,9} {node.MissedEvents,10} {node.MissedReports,11} "
            + $"{node.Dropped,8} {node.EpochResets,7} {node.SubscriptionLosses,9}");
    }

    private JsonObject NodeJson(PresenceField field)
    {
        var node = field.Node!;
        return new JsonObject
        {
            ["server"] = node.Server,
            ["nodeId"] = node.NodeId,
            ["startedAt"] = field.StartedAt,
            ["seenAt"] = field.SeenAt,
            ["secondsSinceSeen"] = field.SinceSeen(PresenceReadAt).TotalSeconds,
            ["stale"] = IsStale(field),
            ["sent"] = node.Sent,
            ["received"] = node.Received,
            ["missedEvents"] = node.MissedEvents,
            ["missedReports"] = node.MissedReports,
            ["dropped"] = node.Dropped,
            ["epochResets"] = node.EpochResets,
            ["subscriptionLosses"] = node.SubscriptionLosses,
        };
    }

    private static JsonObject UnreadableJson(PresenceField field) => new()
    {
        ["field"] = field.Field,
        ["problem"] = field.Problem,
        ["bytes"] = field.Bytes,
        ["head"] = field.Head,
    };
}
