using System.Diagnostics;

namespace EventSystem.Testing.Tests;

public class RedisServerProcessTests
{
    private static readonly TimeSpan Answer = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan NoAnswer = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task Started_server_answers_on_a_plain_loopback_connection_string()
    {
        await using var server = await RedisServerProcess.StartAsync();

        Assert.Equal($"127.0.0.1:{server.Port}", server.ConnectionString);
        Assert.True(await RedisPing.AnswersAsync(server.Port, Answer));
    }

    [Fact]
    public async Task Kill_stops_answers_and_restart_brings_back_an_empty_server_on_the_same_port()
    {
        await using var server = await RedisServerProcess.StartAsync();
        var port = server.Port;
        Assert.Equal("OK", (await server.CliAsync("SET", "survivor", "1")).Trim());

        await server.KillAsync();
        Assert.False(await RedisPing.AnswersAsync(port, NoAnswer));

        await server.RestartAsync();
        Assert.Equal(port, server.Port);
        Assert.True(await RedisPing.AnswersAsync(port, Answer));
        Assert.Equal("0", (await server.CliAsync("EXISTS", "survivor")).Trim());
    }

    [Fact]
    public async Task Restart_of_a_running_server_replaces_it_with_an_empty_one()
    {
        await using var server = await RedisServerProcess.StartAsync();
        var firstProcessId = server.ProcessId;
        await server.CliAsync("SET", "survivor", "1");

        await server.RestartAsync();

        Assert.NotEqual(firstProcessId, server.ProcessId);
        Assert.Equal("0", (await server.CliAsync("DBSIZE")).Trim());
    }

    [Fact]
    public async Task Pause_stops_answers_and_resume_brings_them_back()
    {
        await using var server = await RedisServerProcess.StartAsync();

        await server.PauseAsync();
        Assert.False(await RedisPing.AnswersAsync(server.Port, NoAnswer));

        await server.ResumeAsync();
        Assert.True(await RedisPing.AnswersAsync(server.Port, Answer));
    }

    [Fact]
    public async Task Cli_returns_what_the_server_answered_including_debug_commands()
    {
        await using var server = await RedisServerProcess.StartAsync();

        Assert.Equal("PONG", (await server.CliAsync("PING")).Trim());
        Assert.Equal("OK", (await server.CliAsync("DEBUG", "SLEEP", "0")).Trim());
        Assert.Equal("OK", (await server.CliAsync("FLUSHALL")).Trim());
    }

    [Fact]
    public async Task Dispose_kills_the_server_process()
    {
        var server = await RedisServerProcess.StartAsync();
        var processId = server.ProcessId;

        await server.DisposeAsync();

        Assert.False(IsRunning(processId));
    }

    [Fact]
    public async Task Dispose_of_a_paused_server_still_kills_it()
    {
        var server = await RedisServerProcess.StartAsync();
        var processId = server.ProcessId;
        await server.PauseAsync();

        await server.DisposeAsync();

        Assert.False(IsRunning(processId));
    }

    [Fact]
    public async Task Start_without_redis_server_on_path_says_how_to_get_redis()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => RedisServerProcess.StartAsync(null));

        Assert.Contains("sudo apt-get install -y redis-server", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Servers_started_together_get_different_ports()
    {
        var servers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => RedisServerProcess.StartAsync()));
        try
        {
            Assert.Equal(3, servers.Select(server => server.Port).Distinct().Count());
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
