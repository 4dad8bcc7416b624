namespace EventSystem.Tool.Cli;

/// <summary>The Redis and application every command works on, checked by the library's own rules.</summary>
internal sealed record Target(string RedisConnectionString, string ApplicationName, TimeSpan ConnectTimeout)
{
    public static readonly string[] Options = ["--redis", "--app", "--timeout"];

    public static Target From(ParsedArguments args)
    {
        var redis = args.Required("--redis", "localhost:6379");
        var app = args.Required("--app", "shop");
        var timeout = args.Duration("--timeout") ?? TimeSpan.FromSeconds(5);
        try
        {
            new EventSystemOptions { ApplicationName = app }.Validate();
        }
        catch (ArgumentException)
        {
            throw new UsageException($"{args.Command}: --app '{app}' is not an application name; "
                + "use 1 to 100 letters, digits, '.', '-' or '_', as in EventSystemOptions.ApplicationName.");
        }

        return new Target(redis, app, timeout);
    }
}
