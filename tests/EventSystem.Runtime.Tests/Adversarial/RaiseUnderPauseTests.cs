using System.Diagnostics;
using EventSystem.Runtime.Tests.Support;
using EventSystem.Testing;

namespace EventSystem.Runtime.Tests.Adversarial;

/// <summary>
/// Redis stops taking writes (CLIENT PAUSE WRITE, or a frozen server) while nodes raise. The README promises
/// <see cref="EventSystemUnavailableException"/> within <c>RaiseTimeout</c> for both raise paths, and that disposing
/// the node leaves no raise hanging.
/// </summary>
public sealed class RaiseUnderPauseTests
{
    private static readonly TimeSpan RaiseTimeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The blocking <c>Raise</c> once leaked StackExchange.Redis's <c>RedisTimeoutException</c> (a
    /// <see cref="TimeoutException"/>, not a <c>RedisException</c>) when Redis did not answer within
    /// <c>RaiseTimeout</c>; it now fails with the documented <see cref="EventSystemUnavailableException"/>.
    /// </summary>
    [Fact]
    public async Task Blocking_raise_during_a_write_pause_throws_unavailable()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        var app = TestNodes.NewApplication();
        var id = Guid.NewGuid();
        await using var a = await TestNodes.StartAsync(
            redis.ConnectionString, app, "a", o => o.RaiseTimeout = RaiseTimeout);
        a.Get(id).Raise(Guid.NewGuid(), "warm-up");

        await redis.CliAsync("CLIENT", "PAUSE", "4000", "WRITE");
        var watch = Stopwatch.StartNew();
        var thrown = Record.Exception(() => a.Get(id).Raise(Guid.NewGuid(), "paused"));
        watch.Stop();

        Assert.True(thrown is EventSystemUnavailableException,
            $"expected EventSystemUnavailableException, got {thrown?.GetType().FullName ?? "no exception"}");
        Assert.True(watch.Elapsed < RaiseTimeout * 3, $"took {watch.Elapsed}");
    }

    /// <summary>Checks the same for <c>RaiseAsync</c>, which goes through the batcher.</summary>
    [Fact]
    public async Task Async_raise_during_a_write_pause_throws_unavailable()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        var app = TestNodes.NewApplication();
        var id = Guid.NewGuid();
        await using var a = await TestNodes.StartAsync(
            redis.ConnectionString, app, "a", o => o.RaiseTimeout = RaiseTimeout);
        await a.Get(id).RaiseAsync(Guid.NewGuid(), "warm-up");

        await redis.CliAsync("CLIENT", "PAUSE", "4000", "WRITE");
        var watch = Stopwatch.StartNew();
        await Assert.ThrowsAsync<EventSystemUnavailableException>(() => a.Get(id).RaiseAsync(Guid.NewGuid(), "p"));
        Assert.True(watch.Elapsed < RaiseTimeout * 3, $"took {watch.Elapsed}");
    }

    /// <summary>
    /// Checks that disposing a node while hundreds of raises (async and blocking) wait on a frozen server completes
    /// every one of them, with success or an exception, and that DisposeAsync itself returns.
    /// </summary>
    [Fact]
    public async Task Dispose_while_raises_wait_on_a_frozen_server_completes_every_raise()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        var app = TestNodes.NewApplication();
        var id = Guid.NewGuid();
        var a = await TestNodes.StartAsync(
            redis.ConnectionString, app, "a", o => o.RaiseTimeout = RaiseTimeout);
        await a.Get(id).RaiseAsync(Guid.NewGuid(), "warm-up");

        await redis.PauseAsync();
        try
        {
            var raises = new List<Task>();
            for (var i = 0; i < 300; i++)
            {
                var n = i;
                raises.Add(n % 10 == 0
                    ? Task.Run(() => a.Get(id).Raise(Guid.NewGuid(), n))
                    : Task.Run(() => a.Get(id).RaiseAsync(Guid.NewGuid(), n)));
            }

            await Task.Delay(100);
            var dispose = a.DisposeAsync().AsTask();
            var all = Task.WhenAll(raises);
            var finished = await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(15))) == all;
            var pending = raises.Count(t => !t.IsCompleted);
            Assert.True(finished, $"{pending} of {raises.Count} raises still pending 15 s after dispose began");
            var disposed = await Task.WhenAny(dispose, Task.Delay(TimeSpan.FromSeconds(15))) == dispose;
            Assert.True(disposed, "DisposeAsync did not return");
            var odd = raises.Where(t => t.IsFaulted).Select(t => t.Exception!.InnerException!)
                .Where(e => e is not (EventSystemUnavailableException or ObjectDisposedException))
                .Select(e => e.GetType().Name).Distinct().ToArray();
            Assert.True(odd.Length == 0, "raises failed with undocumented exceptions: " + string.Join(", ", odd));
        }
        finally
        {
            await redis.ResumeAsync();
        }
    }
}
