using EventSystem.Tool.Cli;
using StackExchange.Redis;

namespace EventSystem.Tool.Connection;

/// <summary>Opens the tool's own Redis connection, turning every way of failing into a one-line message.</summary>
internal static class RedisConnector
{
    public static async Task<ConnectionMultiplexer> ConnectAsync(Target target, CancellationToken cancellationToken)
    {
        var configuration = ParseConfiguration(target);
        configuration.AbortOnConnectFail = true;
        configuration.ConnectTimeout = (int)target.ConnectTimeout.TotalMilliseconds;
        configuration.AsyncTimeout = (int)target.ConnectTimeout.TotalMilliseconds;
        configuration.Protocol ??= RedisProtocol.Resp2;
        configuration.ClientName ??= $"eventsystem-tool.{target.ApplicationName}";
        try
        {
            return await ConnectionMultiplexer.ConnectAsync(configuration).WaitAsync(cancellationToken)
                .ConfigureAwait(false);
        }
        catch (RedisConnectionException ex)
        {
            throw Unreachable(target, ex);
        }
    }

    public static ConfigurationOptions ParseConfiguration(Target target)
    {
        try
        {
            return ConfigurationOptions.Parse(target.RedisConnectionString);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(
                $"--redis '{target.RedisConnectionString}' is not a Redis connection string: {ex.Message}");
        }
    }

    public static ToolFailureException Unreachable(Target target, Exception ex)
    {
        // The client's own text advises connection-string settings that do not apply to a one-shot tool.
        var why = ex is RedisConnectionException connection ? connection.FailureType.ToString() : ex.GetType().Name;
        return new ToolFailureException(
            $"Could not reach Redis at '{target.RedisConnectionString}' within "
            + $"{target.ConnectTimeout.TotalSeconds:0.###} s ({why}). "
            + "Check that redis-server is running and that --redis points at it.");
    }
}
