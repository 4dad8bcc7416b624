using System.Text.Json;
using EventSystem.Diagnostics;
using EventSystem.Sequencing;

namespace EventSystem;

/// <summary>The background half: closing expired gaps, and comparing with the counter during quiet periods.</summary>
public sealed partial class EventSystemNode
{
    private int counterCheckRunning;

    private async Task MaintainAsync()
    {
        var time = options.TimeProvider;
        var tick = TimeSpan.FromTicks(Math.Clamp(options.MissedEventWait.Ticks / 4, TimeSpan.TicksPerMillisecond * 10,
            TimeSpan.TicksPerSecond));
        var lastCheck = time.GetTimestamp();
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(tick, time, stopping.Token).ConfigureAwait(false);
                var missed = new List<SequenceRange>();
                lock (sequenceLock)
                {
                    sequence.TakeExpired(CaughtUpTo, missed);
                }

                await ReportMissedAsync(missed, eventId: null).ConfigureAwait(false);
                if (transport!.IsRemote && time.GetElapsedTime(lastCheck) >= options.CounterCheckInterval)
                {
                    lastCheck = time.GetTimestamp();
                    await CheckCounterAsync().ConfigureAwait(false);
                    await ReportPresenceAsync(leaving: false).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Logged, and the loop goes on: ending it would silently end missed-event detection.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Log.LoopFailed(logger, ex);
            }
        }
    }

    /// <summary>Writes this node's presence record for operators, or removes it when the node leaves.</summary>
    private async Task ReportPresenceAsync(bool leaving)
    {
        var statistics = Statistics;
        var presence = leaving ? [] : JsonSerializer.SerializeToUtf8Bytes(
            new NodePresence(ServerName, NodeId, startedAt.ToUnixTimeMilliseconds(),
                options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds(), statistics.Sent, statistics.Received,
                statistics.MissedEvents, statistics.MissedReports, statistics.DroppedTotal, statistics.EpochResets,
                statistics.SubscriptionLosses),
            PresenceJsonContext.Default.NodePresence);
        try
        {
            await transport!.ReportPresenceAsync($"{ServerName}/{NodeId:N}", presence)
                .WaitAsync(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException
            or ObjectDisposedException)
        {
            // Presence is for operators only; the counter check logs Redis trouble already.
            Log.PresenceFailed(logger, ex);
        }
    }

    /// <summary>Reads the counter so that numbers taken but never received become gaps that can expire.</summary>
    private async Task CheckCounterAsync()
    {
        if (Interlocked.Exchange(ref counterCheckRunning, 1) == 1)
        {
            return;
        }

        try
        {
            long highest;
            lock (sequenceLock)
            {
                highest = sequence.Highest;
            }

            var counter = await transport!.ReadCounterAsync(stopping.Token).ConfigureAwait(false);
            lock (sequenceLock)
            {
                ApplyCounter(counter, highest);
            }
        }
        catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException
            or InvalidDataException or ObjectDisposedException)
        {
            Log.CounterReadFailed(logger, ex, ApplicationName);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            Volatile.Write(ref counterCheckRunning, 0);
        }
    }
}
