using System.Globalization;

namespace EventSystem.Demo;

/// <summary>Prints the final table and decides whether the run proved what it set out to prove.</summary>
internal static class DemoReport
{
    /// <summary>Returns the process exit code: 0 only when every check passed.</summary>
    public static int Print(ServerSummary[] summaries, int?[] exitCodes, string cutServer, long redisCounter)
    {
        Console.WriteLine();
        Console.WriteLine($"{"server",-8}{"sent",8}{"received",10}{"missed",8}{"dropped",9}{"sub. lost",11}");
        foreach (var s in summaries)
        {
            Console.WriteLine(
                $"{s.Name,-8}{s.Sent,8}{s.Received,10}{s.Missed,8}{s.Dropped,9}{s.SubscriptionLosses,11}");
        }

        Console.WriteLine();
        var allGood = true;
        var totalSent = summaries.Sum(s => s.Sent);
        foreach (var s in summaries)
        {
            var sentByOthers = totalSent - s.Sent;
            var consistent = sentByOthers == s.Received + s.Missed;
            allGood &= consistent;
            Console.WriteLine($"{s.Name}: sent by the others {sentByOthers} = received {s.Received} + missed {s.Missed}"
                + $" -> {(consistent ? "OK" : "MISMATCH")}");
        }

        var counterMatches = redisCounter == totalSent;
        allGood &= counterMatches;
        Console.WriteLine($"Redis counter {redisCounter} = events sent by all servers {totalSent} -> "
            + (counterMatches ? "OK" : "MISMATCH"));

        var cut = summaries.FirstOrDefault(s => s.Name == cutServer);
        var cutShows = cut is { Missed: > 0 };
        allGood &= cutShows;
        Console.WriteLine(cutShows
            ? $"{cutServer} missed {cut!.Missed} event(s) while its subscription was cut, and was told so."
            : $"{cutServer} reported no missed events: the cut did not take effect, so the demo proved nothing.");

        for (var i = 0; i < summaries.Length; i++)
        {
            if (exitCodes[i] != 0)
            {
                allGood = false;
                var how = exitCodes[i]?.ToString(CultureInfo.InvariantCulture) ?? "a timeout";
                Console.WriteLine($"{summaries[i].Name} exited with {how}.");
            }
        }

        Console.WriteLine(allGood
            ? "PASS: every event was either delivered or reported missed."
            : "FAIL: see the lines above.");
        return allGood ? 0 : 1;
    }
}
