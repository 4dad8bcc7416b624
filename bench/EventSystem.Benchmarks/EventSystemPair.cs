using EventSystem.Wire;

namespace EventSystem.Benchmarks;

/// <summary>Ours: two <see cref="EventSystemNode"/>s of one application, raising one event with the payload.</summary>
internal sealed class EventSystemPair : IMessagingPair
{
    private static readonly Guid EventId = new("7b1f3c52-9a0e-4d1b-8c55-2f6a0d9e4b31");
    private static readonly Guid RaiserId = new("0c4e2a77-5d13-4f80-9b2e-6a1c3f8d7e05");

    private readonly EventSystemNode sender;
    private readonly EventSystemNode receiver;
    private readonly Event sent;
    private Action<BenchPayload> arrival = static _ => { };

    private EventSystemPair(EventSystemNode sender, EventSystemNode receiver)
    {
        this.sender = sender;
        this.receiver = receiver;
        sent = sender.Get(EventId).UseParameterType(BenchJsonContext.Default.BenchPayload);
        var received = receiver.Get(EventId).UseParameterType(BenchJsonContext.Default.BenchPayload);
        received.Raised += (_, e) => arrival((BenchPayload)e.Param!);
    }

    public string Name => "ours";

    public int WireBytesPerEvent { get; private set; }

    public static async Task<EventSystemPair> StartAsync(string redis, string applicationName)
    {
        var sender = await EventSystemNode.StartAsync(Options(redis, applicationName, "sender"));
        var receiver = await EventSystemNode.StartAsync(Options(redis, applicationName, "receiver"));
        return new EventSystemPair(sender, receiver);
    }

    public Task SendAsync(BenchPayload payload)
    {
        if (WireBytesPerEvent == 0)
        {
            WireBytesPerEvent = MeasureWireBytes(payload);
        }

        return sent.RaiseAsync(RaiserId, payload);
    }

    public void OnArrival(Action<BenchPayload> arrival) => this.arrival = arrival;

    /// <summary>What the receiving node counted; anything missed or dropped makes the run invalid.</summary>
    public EventSystemStatistics ReceiverStatistics => receiver.Statistics;

    public async ValueTask DisposeAsync()
    {
        await sender.DisposeAsync();
        await receiver.DisposeAsync();
    }

    private int MeasureWireBytes(BenchPayload payload)
    {
        OutgoingEvent[] one = [new(EventId, RaiserId, sent.Serialize(payload))];
        return WireFormat.HeadLength + WireFormat.StampLength + EnvelopeWriter.MeasureBody(sender.Sender, one);
    }

    private static EventSystemOptions Options(string redis, string applicationName, string serverName) => new()
    {
        RedisConnectionString = redis,
        ApplicationName = applicationName,
        ServerName = serverName,
    };
}
