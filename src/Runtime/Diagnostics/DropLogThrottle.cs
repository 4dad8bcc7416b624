using EventSystem.Wire;
using Microsoft.Extensions.Logging;

namespace EventSystem.Diagnostics;

/// <summary>
/// Logs each dropped message, at Warning at most once a second per reason and at Debug otherwise, so that a flood
/// of junk cannot flood the log while the first of each kind is always visible.
/// </summary>
internal sealed class DropLogThrottle(ILogger logger, TimeProvider time)
{
    private readonly long[] lastWarning = new long[Enum.GetValues<DropReason>().Length];

    public void Dropped(DropReason reason, string detail)
    {
        var now = time.GetTimestamp();
        var last = Interlocked.Read(ref lastWarning[(int)reason]);
        if ((last == 0 || time.GetElapsedTime(last, now) >= TimeSpan.FromSeconds(1))
            && Interlocked.CompareExchange(ref lastWarning[(int)reason], now, last) == last)
        {
            Log.Dropped(logger, reason, detail);
        }
        else
        {
            Log.DroppedQuietly(logger, reason, detail);
        }
    }
}
