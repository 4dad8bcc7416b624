using EventSystem.Runtime.Tests.Support;
using EventSystem.Testing;
using EventSystem.Transport.Redis;

namespace EventSystem.Runtime.Tests.Adversarial;

/// <summary>
/// The counter hash is edited by hand (an operator, a stray script) while nodes run. A raise must fail as
/// <see cref="EventSystemUnavailableException"/> while the hash is corrupt, and the nodes must recover, gap
/// detection included, once the hash is repaired or deleted.
/// </summary>
public sealed class CounterCorruptionTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A non-numeric <c>seq</c> field, seen once by the periodic counter check, once ended the maintenance loop for
    /// good, so no gap ever expired again. The counter read now reports the corrupt field as such, and every pass of
    /// the loop survives whatever fails in it: numbers burnt after the hash is repaired are reported missed.
    /// </summary>
    [Fact]
    public async Task Gap_detection_survives_a_briefly_non_numeric_sequence_field()
    {
        await using var farm = await TwoNodes.StartAsync();
        var (redis, app, id, a, b, recorder) = farm;

        var key = RedisNames.For(app).CounterKey;
        var before = (await redis.CliAsync("HGET", key, "seq")).Trim();
        await redis.CliAsync("HSET", key, "seq", "not-a-number");
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // three counter checks at 500 ms
        await redis.CliAsync("HSET", key, "seq", before);

        await using var raw = await RawRedisClient.ConnectAsync(redis.ConnectionString, app);
        await raw.BurnNumbersAsync(3);
        await Eventually.UntilAsync(() => recorder.MissedCount >= 3, Deadline,
            () => $"3 numbers burnt after the hash was repaired were never reported missed (missed "
                + $"{recorder.MissedCount}); the maintenance loop died on the corrupt field");
    }

    /// <summary>
    /// The same corrupt field once also stopped a gap seen in the message stream from ever being reported, since
    /// gaps expire in the maintenance loop the field had ended; such a gap is reported now.
    /// </summary>
    [Fact]
    public async Task A_gap_after_a_briefly_non_numeric_sequence_field_is_still_reported()
    {
        await using var farm = await TwoNodes.StartAsync();
        var (redis, app, id, a, b, recorder) = farm;

        var key = RedisNames.For(app).CounterKey;
        var before = (await redis.CliAsync("HGET", key, "seq")).Trim();
        await redis.CliAsync("HSET", key, "seq", "not-a-number");
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await redis.CliAsync("HSET", key, "seq", before);

        await using var raw = await RawRedisClient.ConnectAsync(redis.ConnectionString, app);
        await raw.BurnNumbersAsync(2);
        await a.Get(id).RaiseAsync(Guid.NewGuid(), "after the gap");
        await Eventually.UntilAsync(() => recorder.Remote.Count() == 2, Deadline, () => "second raise never arrived");
        await Eventually.UntilAsync(() => recorder.MissedCount >= 2, Deadline,
            () => $"the 2-number gap before the second raise was never reported (missed {recorder.MissedCount})");
    }

    /// <summary>
    /// A corrupt epoch makes the stamp script fail inside the transaction while the body's PUBLISH still runs.
    /// Checks that both raise paths tell the raiser, that the receiver delivers nothing for the stampless body,
    /// and that both nodes deliver again once the key is deleted.
    /// </summary>
    [Fact]
    public async Task A_corrupt_epoch_fails_raises_delivers_nothing_and_recovers_after_the_key_is_deleted()
    {
        await using var farm = await TwoNodes.StartAsync();
        var (redis, app, id, a, b, recorder) = farm;

        var key = RedisNames.For(app).CounterKey;
        await redis.CliAsync("HSET", key, "epoch", "xyz");
        await Assert.ThrowsAsync<EventSystemUnavailableException>(() => a.Get(id).RaiseAsync(Guid.NewGuid(), "x1"));
        Assert.Throws<EventSystemUnavailableException>(() => a.Get(id).Raise(Guid.NewGuid(), "x2"));
        await Eventually.UntilAsync(
            () => b.Statistics.Dropped.TryGetValue(DropReason.Unpaired, out var n) && n >= 2, Deadline,
            () => "the stampless bodies were not dropped as unpaired");
        Assert.Single(recorder.Remote);

        await redis.CliAsync("DEL", key);
        await a.Get(id).RaiseAsync(Guid.NewGuid(), "after");
        a.Get(id).Raise(Guid.NewGuid(), "after sync");
        await Eventually.UntilAsync(() => recorder.Remote.Count() == 3, Deadline,
            () => $"after the key was deleted, {recorder.Remote.Count() - 1} of 2 raises arrived");
        Assert.Equal(["after", "after sync", "first"], recorder.Remote.Select(e => (string)e.Param!).Order());
    }

    /// <summary>A private redis-server, two nodes of one application, and a first event that reached b.</summary>
    private sealed record TwoNodes(
        RedisServerProcess Redis, string App, Guid Id, EventSystemNode A, EventSystemNode B, EventRecorder Recorder)
        : IAsyncDisposable
    {
        public static async Task<TwoNodes> StartAsync()
        {
            var redis = await RedisServerProcess.StartAsync();
            var app = TestNodes.NewApplication();
            var id = Guid.NewGuid();
            var a = await TestNodes.StartAsync(redis.ConnectionString, app, "a");
            var b = await TestNodes.StartAsync(redis.ConnectionString, app, "b");
            var recorder = new EventRecorder(b.Get(id));
            await a.Get(id).RaiseAsync(Guid.NewGuid(), "first");
            await Eventually.UntilAsync(() => recorder.Remote.Any(), Deadline, () => "first raise never arrived");
            return new TwoNodes(redis, app, id, a, b, recorder);
        }

        public async ValueTask DisposeAsync()
        {
            await A.DisposeAsync();
            await B.DisposeAsync();
            await Redis.DisposeAsync();
        }
    }
}
