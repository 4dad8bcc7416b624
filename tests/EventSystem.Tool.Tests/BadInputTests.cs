using System.Net;
using System.Net.Sockets;
using EventSystem.Tool.Tests.Support;

namespace EventSystem.Tool.Tests;

public sealed class BadInputTests
{
    private const string Event = "5f0d9b0e-41c5-4f3c-9e0a-3c7f5d0f5a11";

    [Theory]
    [InlineData("Unknown command 'watch'", "watch", "--redis", "127.0.0.1:1")]
    [InlineData("missing --redis", "monitor", "--app", "shop")]
    [InlineData("missing --app", "status", "--redis", "127.0.0.1:1")]
    [InlineData("missing --event", "raise", "--redis", "127.0.0.1:1", "--app", "shop")]
    [InlineData("unknown option '--bogus'", "monitor", "--redis", "127.0.0.1:1", "--app", "shop", "--bogus")]
    [InlineData("--redis needs a value", "status", "--app", "shop", "--redis")]
    [InlineData("--event 'not-a-guid' is not a GUID", "raise", "--redis", "r", "--app", "a", "--event", "not-a-guid")]
    [InlineData("must not be the empty GUID", "raise", "--redis", "r", "--app", "a",
        "--event", "00000000-0000-0000-0000-000000000000")]
    [InlineData("--json is not valid JSON at line 1, column 7", "raise", "--redis", "r", "--app", "a",
        "--event", Event, "--json", "{\"id\":}")]
    [InlineData("--app 'two words' is not an application name", "status", "--redis", "r", "--app", "two words")]
    [InlineData("--count is '0'", "monitor", "--redis", "r", "--app", "a", "--count", "0")]
    [InlineData("--listen is 'soon'", "status", "--redis", "r", "--app", "a", "--listen", "soon")]
    [InlineData("--stale is '0'", "status", "--redis", "r", "--app", "a", "--stale", "0")]
    [InlineData("is not a Redis connection string", "status", "--redis", "nonsense=1", "--app", "a")]
    public async Task Bad_input_gives_a_clear_message_and_exit_code_2(string message, params string[] args)
    {
        var (code, output, error) = await ToolRun.RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public async Task No_arguments_print_the_usage_on_stderr_with_exit_code_2()
    {
        var (code, output, error) = await ToolRun.RunAsync();

        Assert.Equal(2, code);
        Assert.Contains("Usage: eventsystem <command>", error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("monitor", "--help")]
    [InlineData("raise", "--redis", "x", "--help")]
    [InlineData("status", "-h")]
    public async Task Help_is_printed_to_stdout_with_exit_code_0(params string[] args)
    {
        var (code, output, error) = await ToolRun.RunAsync(args);

        Assert.Equal(0, code);
        Assert.Contains("Usage: eventsystem", output, StringComparison.Ordinal);
        Assert.Contains("--redis <connection>", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Theory]
    [InlineData("monitor")]
    [InlineData("status")]
    [InlineData("raise", "--event", Event)]
    public async Task Unreachable_redis_gives_a_one_line_message_and_exit_code_1(string command, params string[] more)
    {
        var port = UnusedPort();
        string[] args = [command, "--redis", $"127.0.0.1:{port}", "--app", "shop", "--timeout", "1s", .. more];

        var (code, output, error) = await ToolRun.RunAsync(args);

        Assert.Equal(1, code);
        Assert.StartsWith($"Could not reach Redis at '127.0.0.1:{port}' within 1 s", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(output);
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
