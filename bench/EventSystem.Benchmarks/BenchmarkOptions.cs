using System.Globalization;

namespace EventSystem.Benchmarks;

/// <summary>Command-line settings; <c>--quick</c> shrinks everything to a smoke run.</summary>
internal sealed record BenchmarkOptions
{
    public int Events { get; init; } = 200_000;

    public int Window { get; init; } = 2_000;

    public int Rate { get; init; } = 10_000;

    public double Seconds { get; init; } = 5;

    public int Rounds { get; init; } = 5;

    public bool Quick { get; init; }

    /// <summary>A Redis to use instead of starting a private one.</summary>
    public string? Redis { get; init; }

    public const string Usage = """
        Usage: dotnet run -c Release --project bench/EventSystem.Benchmarks -- [options]
          --events N     events per throughput round (default 200000)
          --window N     sends in flight during the throughput rounds (default 2000)
          --rate N       events per second during the latency rounds (default 10000)
          --seconds S    length of one latency round (default 5)
          --rounds N     rounds per contender, alternating raw and ours (default 5)
          --quick        smoke run: 20000 events, 1 s latency rounds, 1 round
          --redis CONN   use this Redis (also EVENTSYSTEM_REDIS) instead of a private redis-server
        """;

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = new BenchmarkOptions { Redis = Environment.GetEnvironmentVariable("EVENTSYSTEM_REDIS") };
        if (args.Contains("--quick"))
        {
            options = options with { Quick = true, Events = 20_000, Seconds = 1, Rounds = 1 };
        }

        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--quick" => options,
                "--events" => options with { Events = Number(args, ++i) },
                "--window" => options with { Window = Number(args, ++i) },
                "--rate" => options with { Rate = Number(args, ++i) },
                "--seconds" => options with { Seconds = double.Parse(Value(args, ++i), CultureInfo.InvariantCulture) },
                "--rounds" => options with { Rounds = Number(args, ++i) },
                "--redis" => options with { Redis = Value(args, ++i) },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'.\n{Usage}"),
            };
        }

        if (options.Events < 1 || options.Window < 1 || options.Rate < 1 || options.Seconds <= 0 || options.Rounds < 1)
        {
            throw new ArgumentException($"Every number must be positive.\n{Usage}");
        }

        return options;
    }

    private static int Number(string[] args, int index) => int.Parse(Value(args, index), CultureInfo.InvariantCulture);

    private static string Value(string[] args, int index) =>
        index < args.Length ? args[index] : throw new ArgumentException($"'{args[index - 1]}' needs a value.\n{Usage}");
}
