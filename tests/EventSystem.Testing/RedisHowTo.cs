namespace EventSystem.Testing;

/// <summary>The one text that tells a developer how to give the tests a Redis.</summary>
internal static class RedisHowTo
{
    public const string EnvironmentVariable = "EVENTSYSTEM_REDIS";

    public const string Message =
        "EventSystem's tests need Redis, and none was found. Any one of these works: " +
        "install it with 'sudo apt-get install -y redis-server' (the tests then start their own private servers); " +
        "or set " + EnvironmentVariable + "=host:port to a Redis you run; " +
        "or run a Docker engine (the tests then start a Redis container).";
}
