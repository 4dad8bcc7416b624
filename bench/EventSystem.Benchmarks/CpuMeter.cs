using System.Diagnostics;
using System.Globalization;

namespace EventSystem.Benchmarks;

/// <summary>
/// CPU time used by this process and by the private redis-server (read from /proc on Linux). On a shared, noisy
/// machine CPU per event is steadier than wall-clock rates, and it shows which side pays.
/// </summary>
internal sealed class CpuMeter(int? redisProcessId)
{
    private static readonly double SecondsPerClockTick = 1.0 / 100;

    public (TimeSpan Client, TimeSpan? Redis) Read()
    {
        using var self = Process.GetCurrentProcess();
        return (self.TotalProcessorTime, RedisCpu());
    }

    private TimeSpan? RedisCpu()
    {
        if (redisProcessId is not { } pid || !File.Exists($"/proc/{pid}/stat"))
        {
            return null;
        }

        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture)
            + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks * SecondsPerClockTick);
    }
}
