using StackExchange.Redis;

namespace EventSystem.Demo;

/// <summary>Cuts a server's Redis subscription for real, by killing its pub/sub connection with CLIENT KILL.</summary>
internal static class SubscriptionCutter
{
    /// <summary>
    /// Kills every pub/sub connection named <paramref name="clientName"/>, again and again until
    /// <paramref name="duration"/> is over, because the client reconnects within milliseconds. Returns the number of
    /// connections killed. Keeps trying for up to three times as long while it has found nothing to kill yet.
    /// </summary>
    public static async Task<int> CutAsync(IServer redis, string clientName, TimeSpan duration, TimeSpan every)
    {
        var killed = 0;
        var started = TimeProvider.System.GetTimestamp();
        while (TimeProvider.System.GetElapsedTime(started) is var elapsed
            && (elapsed < duration || (killed == 0 && elapsed < duration * 3)))
        {
            foreach (var client in await redis.ClientListAsync())
            {
                if (client.Name == clientName && IsSubscriber(client))
                {
                    killed += (int)await redis.ClientKillAsync(id: client.Id, skipMe: true);
                }
            }

            await Task.Delay(every);
        }

        return killed;
    }

    private static bool IsSubscriber(ClientInfo client) =>
        client.SubscriptionCount > 0 || client.PatternSubscriptionCount > 0
        || client.Flags.HasFlag(ClientFlags.PubSubSubscriber);
}
