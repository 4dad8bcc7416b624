using System.Text.Json;
using EventSystem.Runtime.Tests.Payloads;
using EventSystem.Runtime.Tests.Support;
using EventSystem.Testing;
using EventSystem.Wire;

namespace EventSystem.Runtime.Tests.Integration;

public sealed class PayloadTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private static readonly string[] NotAnOrder = ["not", "an", "order"];

    private static readonly OrderChanged Sample = new(
        OrderId: 4711,
        Lines: [new OrderLine("SKU-1", 2, ["red", "large"]), new OrderLine("SKU-ß", 1, [])],
        StockBySite: new Dictionary<string, int> { ["oslo"] = 3, ["bergen"] = 0 },
        ChangedAt: new DateTimeOffset(2026, 12, 4, 17, 5, 9, 123, TimeSpan.FromHours(-5)).AddTicks(4567),
        State: OrderState.Shipped,
        Discount: 12.50m,
        Note: null,
        Matrix: [[1, 2], [], [3]]);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_custom_record_round_trips_exactly(bool sourceGenerated)
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = TestNodes.NewApplication();
        await using var a = await TestNodes.StartAsync(redis, app, "a");
        await using var b = await TestNodes.StartAsync(redis, app, "b");
        var id = Guid.NewGuid();
        foreach (var node in new[] { a, b })
        {
            if (sourceGenerated)
            {
                node.Get(id).UseParameterType(PayloadJsonContext.Default.OrderChanged);
            }
            else
            {
                node.Get(id).UseParameterType<OrderChanged>();
            }
        }

        var atB = new EventRecorder(b.Get(id));
        await a.Get(id).RaiseAsync(Guid.NewGuid(), Sample);
        await Eventually.UntilAsync(() => atB.Raised.Count == 1, Deadline, () => "nothing arrived");

        var got = Assert.IsType<OrderChanged>(atB.Raised.Single().Param);
        Assert.Equal(Sample.OrderId, got.OrderId);
        Assert.Equal(Sample.ChangedAt, got.ChangedAt);
        Assert.Equal(Sample.ChangedAt.Offset, got.ChangedAt.Offset);
        Assert.Equal(Sample.State, got.State);
        Assert.Equal(Sample.Discount, got.Discount);
        Assert.Null(got.Note);
        Assert.Equal(Sample.StockBySite, got.StockBySite);
        Assert.Equal(Sample.Lines.Select(l => (l.Sku, l.Quantity, string.Join('|', l.Tags))),
            got.Lines.Select(l => (l.Sku, l.Quantity, string.Join('|', l.Tags))));
        Assert.Equal(Sample.Matrix, got.Matrix);
    }

    [Fact]
    public async Task Without_a_registration_a_string_is_a_string_and_an_object_is_a_json_element()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = TestNodes.NewApplication();
        await using var a = await TestNodes.StartAsync(redis, app, "a");
        await using var b = await TestNodes.StartAsync(redis, app, "b");
        var id = Guid.NewGuid();
        var atB = new EventRecorder(b.Get(id));

        await a.Get(id).RaiseAsync(Guid.NewGuid(), "plain text");
        await a.Get(id).RaiseAsync(Guid.NewGuid(), Sample);
        await a.Get(id).RaiseAsync(Guid.NewGuid(), null);
        await Eventually.UntilAsync(() => atB.Raised.Count == 3, Deadline, () => $"{atB.Raised.Count}/3 arrived");

        var bySequence = atB.Raised.OrderBy(e => e.SequenceNumber).Select(e => e.Param).ToArray();
        Assert.Equal("plain text", bySequence[0]);
        var element = Assert.IsType<JsonElement>(bySequence[1]);
        Assert.Equal(4711, element.GetProperty("orderId").GetInt32());
        Assert.Null(bySequence[2]);
    }

    [Fact]
    public async Task A_type_name_on_the_wire_never_chooses_the_type()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = TestNodes.NewApplication();
        await using var b = await TestNodes.StartAsync(redis, app, "b");
        await using var raw = await RawRedisClient.ConnectAsync(redis, app);
        var typed = Guid.NewGuid();
        var untyped = Guid.NewGuid();
        b.Get(typed).UseParameterType(PayloadJsonContext.Default.OrderChanged);
        var atTyped = new EventRecorder(b.Get(typed));
        var atUntyped = new EventRecorder(b.Get(untyped));
        const string Hostile = """
            {"$type":"System.IO.FileInfo, System.IO.FileSystem","orderId":7,"lines":[],"stockBySite":{},
             "changedAt":"2026-01-01T00:00:00+00:00","state":0,"matrix":[]}
            """;
        await using (var seed = await TestNodes.StartAsync(redis, app, "seed"))
        {
            // A first raise creates the application's counter, so the hand-made messages can take real numbers.
            await seed.Get(Guid.NewGuid()).RaiseAsync(Guid.NewGuid(), null);
        }

        await raw.PublishAsync(await raw.StampAsync(Bodies.One(app, typed, Hostile)));
        await raw.PublishAsync(await raw.StampAsync(Bodies.One(app, untyped, Hostile)));

        await Eventually.UntilAsync(() => atTyped.Raised.Count == 1 && atUntyped.Raised.Count == 1, Deadline,
            () => $"typed {atTyped.Raised.Count}, untyped {atUntyped.Raised.Count}");
        Assert.Equal(7, Assert.IsType<OrderChanged>(atTyped.Raised.Single().Param).OrderId);
        var element = Assert.IsType<JsonElement>(atUntyped.Raised.Single().Param);
        Assert.Equal("System.IO.FileInfo, System.IO.FileSystem", element.GetProperty("$type").GetString());
    }

    [Fact]
    public async Task A_payload_the_registered_type_cannot_read_is_dropped_and_reported_missed_for_that_event()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = TestNodes.NewApplication();
        await using var a = await TestNodes.StartAsync(redis, app, "a");
        await using var b = await TestNodes.StartAsync(redis, app, "b");
        var id = Guid.NewGuid();
        b.Get(id).UseParameterType(PayloadJsonContext.Default.OrderChanged);
        var atB = new EventRecorder(b.Get(id));

        await a.Get(id).RaiseAsync(Guid.NewGuid(), NotAnOrder);

        await Eventually.UntilAsync(() => atB.Missed.Count == 1, Deadline, () => "no Missed for the bad payload");
        Assert.Equal(id, atB.Missed.Single().EventId);
        Assert.Empty(atB.Raised);
        Assert.Equal(1, b.Statistics.Dropped[DropReason.UndecodablePayload]);
    }

    [Fact]
    public async Task Raising_an_oversized_argument_fails_at_once_naming_size_and_limit()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        await using var a = await TestNodes.StartAsync(redis, TestNodes.NewApplication(), "a",
            o => o.MaxPayloadBytes = 1000);
        var evt = a.Get(Guid.NewGuid());
        var calls = new EventRecorder(evt);

        var error = await Assert.ThrowsAsync<EventPayloadTooLargeException>(
            () => evt.RaiseAsync(Guid.NewGuid(), new string('x', 2000)));

        Assert.Equal(2002, error.Size);
        Assert.Equal(1000, error.Limit);
        Assert.Contains("2002 bytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("1000 bytes", error.Message, StringComparison.Ordinal);
        Assert.Empty(calls.Raised);
        Assert.Equal(0, a.Statistics.Sent);
    }
}
