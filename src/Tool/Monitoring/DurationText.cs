using System.Globalization;

namespace EventSystem.Tool.Monitoring;

/// <summary>Durations as an operator reads them: "4.2 s", "3 min 12 s", "2 h 5 min", "3 d 4 h".</summary>
internal static class DurationText
{
    public static string Format(TimeSpan duration) => duration switch
    {
        { TotalMinutes: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.0} s"),
        { TotalHours: < 1 } => Pair((int)duration.TotalMinutes, "min", duration.Seconds, "s"),
        { TotalDays: < 1 } => Pair((int)duration.TotalHours, "h", duration.Minutes, "min"),
        _ => Pair((int)duration.TotalDays, "d", duration.Hours, "h"),
    };

    private static string Pair(int major, string majorUnit, int minor, string minorUnit) => minor == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{major} {majorUnit}")
        : string.Create(CultureInfo.InvariantCulture, $"{major} {majorUnit} {minor} {minorUnit}");
}
