using System.Buffers.Binary;
using System.Text;
using EventSystem.Runtime.Tests.Support;
using EventSystem.Testing;
using EventSystem.Wire;

namespace EventSystem.Runtime.Tests.Integration;

/// <summary>
/// A foreign client publishes junk on an application's channel; the node drops and counts it, and goes on.
/// </summary>
public sealed class HostileInputTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);
    private readonly string app = TestNodes.NewApplication();
    private readonly Guid eventId = Guid.NewGuid();
    private EventSystemNode a = null!;
    private EventSystemNode b = null!;
    private RawRedisClient raw = null!;
    private EventRecorder atB = null!;

    public async Task InitializeAsync()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        a = await TestNodes.StartAsync(redis, app, "a");
        b = await TestNodes.StartAsync(redis, app, "b", o => o.MaxPayloadBytes = 1024);
        raw = await RawRedisClient.ConnectAsync(redis, app);
        atB = new EventRecorder(b.Get(eventId));
        await a.Get(eventId).RaiseAsync(Guid.NewGuid(), "first");
        await Eventually.UntilAsync(() => atB.Raised.Count == 1, Deadline, () => "the first event never arrived");
    }

    public async Task DisposeAsync()
    {
        await raw.DisposeAsync();
        await a.DisposeAsync();
        await b.DisposeAsync();
    }

    private long Dropped(DropReason reason) => b.Statistics.Dropped[reason];

    /// <summary>After the junk, a real raise must still arrive, and nothing may have been reported missed.</summary>
    private async Task AssertStillWorkingAsync()
    {
        await a.Get(eventId).RaiseAsync(Guid.NewGuid(), "after the junk");
        await Eventually.UntilAsync(() => atB.Raised.Any(e => Equals(e.Param, "after the junk")), Deadline,
            () => "the node stopped receiving");
        await Task.Delay(TimeSpan.FromSeconds(1.2)); // two missed-event waits: a false gap would show by now
        Assert.Equal(0, b.Statistics.MissedEvents);
    }

    [Fact]
    public async Task Text_and_random_bytes_are_dropped_as_malformed()
    {
        await raw.PublishAsync(Encoding.UTF8.GetBytes("hello, I am not an envelope"));
        await raw.PublishAsync([0x45, 0x53]);
        await raw.PublishAsync([]);
        await Eventually.UntilAsync(() => Dropped(DropReason.Malformed) == 3, Deadline,
            () => $"malformed drops: {Dropped(DropReason.Malformed)}");
        await AssertStillWorkingAsync();
    }

    [Fact]
    public async Task Truncated_copies_are_dropped_and_the_whole_message_is_still_delivered()
    {
        var message = await raw.StampAsync(Bodies.One(app, eventId, "\"whole\""));
        await raw.PublishAsync(message[..30]);
        await raw.PublishAsync(message[..^1]);
        await raw.PublishAsync(message);
        await Eventually.UntilAsync(() => atB.Raised.Any(e => Equals(e.Param, "whole")), Deadline,
            () => "the whole message never arrived");
        Assert.Equal(2, Dropped(DropReason.Truncated));
        await AssertStillWorkingAsync();
    }

    [Fact]
    public async Task A_body_without_its_stamp_and_a_stamp_without_its_body_are_dropped_as_unpaired()
    {
        var message = await raw.StampAsync(Bodies.One(app, eventId, "\"paired\""));
        var first = System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(message.AsSpan(12));
        await raw.PublishAsync(Bodies.One(app, eventId, "\"lonely body\""));
        await raw.PublishAsync(EnvelopeWriter.WriteStampMessage(await raw.EpochAsync(), first));
        await raw.PublishAsync(EnvelopeWriter.WriteStampMessage(await raw.EpochAsync(), first));
        await raw.PublishAsync(Bodies.One(app, eventId, "\"paired\""));
        await Eventually.UntilAsync(() => atB.Raised.Any(e => Equals(e.Param, "paired")), Deadline,
            () => "the paired message never arrived");
        Assert.Equal(2, Dropped(DropReason.Unpaired));
        Assert.DoesNotContain(atB.Raised, e => Equals(e.Param, "lonely body"));
        await AssertStillWorkingAsync();
    }

    [Fact]
    public async Task An_unknown_version_is_dropped_as_such()
    {
        var message = await raw.StampAsync(Bodies.One(app, eventId, "\"v9\""));
        var future = (byte[])message.Clone();
        future[2] = 9;
        await raw.PublishAsync(future);
        await raw.PublishAsync(message);
        await Eventually.UntilAsync(() => Dropped(DropReason.UnknownVersion) == 1, Deadline, () => "not dropped");
        await Eventually.UntilAsync(() => atB.Raised.Any(e => Equals(e.Param, "v9")), Deadline, () => "v1 lost");
        await AssertStillWorkingAsync();
    }

    [Fact]
    public async Task A_payload_over_the_receivers_limit_is_dropped_as_oversized()
    {
        var big = await raw.StampAsync(Bodies.One(app, eventId, $"\"{new string('x', 2000)}\""));
        await raw.PublishAsync(big);
        await Eventually.UntilAsync(() => Dropped(DropReason.Oversized) == 1, Deadline, () => "not dropped");
        Assert.DoesNotContain(atB.Raised, e => e.Param is string s && s.Length > 1000);
    }

    [Fact]
    public async Task A_message_claiming_another_application_is_dropped_as_foreign()
    {
        await raw.PublishAsync(await raw.StampAsync(Bodies.One("someone-else", eventId, "\"foreign\"")));
        await Eventually.UntilAsync(() => Dropped(DropReason.ForeignApplication) == 1, Deadline, () => "not dropped");
        Assert.DoesNotContain(atB.Raised, e => Equals(e.Param, "foreign"));
    }

    [Fact]
    public async Task A_replayed_message_is_delivered_once()
    {
        var message = await raw.StampAsync(Bodies.One(app, eventId, "\"replayed\""));
        await raw.PublishAsync(message);
        await raw.PublishAsync(message);
        await raw.PublishAsync(message);
        await Eventually.UntilAsync(() => Dropped(DropReason.DuplicateOrLate) == 2, Deadline,
            () => $"duplicates dropped: {Dropped(DropReason.DuplicateOrLate)}");
        Assert.Single(atB.Raised, e => Equals(e.Param, "replayed"));
        await AssertStillWorkingAsync();
    }

    [Fact]
    public async Task A_forged_epoch_or_a_wild_sequence_number_is_dropped()
    {
        var body = Bodies.One(app, eventId, "\"forged\"");
        var epoch = await raw.EpochAsync();
        await raw.PublishAsync(EnvelopeWriter.WriteMessage(epoch ^ 0x5555, 2, body));
        await raw.PublishAsync(EnvelopeWriter.WriteMessage(epoch, 50_000_000, body));
        await Eventually.UntilAsync(() => Dropped(DropReason.ImplausibleSequence) == 2, Deadline,
            () => $"implausible drops: {Dropped(DropReason.ImplausibleSequence)}");
        Assert.DoesNotContain(atB.Raised, e => Equals(e.Param, "forged"));
        Assert.Equal(0, b.Statistics.EpochResets);
        await AssertStillWorkingAsync();
    }

    [Fact]
    public async Task A_flood_of_junk_is_counted_and_the_node_keeps_up()
    {
        var random = new Random(42);
        var valid = await raw.StampAsync(Bodies.One(app, eventId, "\"valid\""));
        for (var i = 0; i < 500; i++)
        {
            var junk = (byte[])valid.Clone();
            BinaryPrimitives.WriteInt32BigEndian(junk.AsSpan(junk.Length - 7 - 1 - 4), random.Next(8, int.MaxValue));
            await raw.PublishAsync(junk);
        }

        await raw.PublishAsync(valid);
        await Eventually.UntilAsync(() => atB.Raised.Any(e => Equals(e.Param, "valid")), Deadline, () => "lost");
        Assert.Equal(500, b.Statistics.DroppedTotal);
        await AssertStillWorkingAsync();
    }
}
