namespace EventSystem.Runtime.Tests.Events;

public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("curly{tag}")]
    public void A_bad_application_name_is_named(string name)
    {
        var error = Assert.Throws<ArgumentException>(
            () => new EventSystemOptions { ApplicationName = name }.Validate());
        Assert.Contains("ApplicationName", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_limit_is_named_with_its_value()
    {
        var error = Assert.Throws<ArgumentException>(() => new EventSystemOptions { MaxPayloadBytes = 0 }.Validate());
        Assert.Contains("MaxPayloadBytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("'0'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zero_wait_is_named()
    {
        var error = Assert.Throws<ArgumentException>(
            () => new EventSystemNode(new EventSystemOptions { MissedEventWait = TimeSpan.Zero }));
        Assert.Contains("MissedEventWait", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_server_name_over_255_bytes_is_named()
    {
        var error = Assert.Throws<ArgumentException>(
            () => new EventSystemOptions { ServerName = new string('é', 200) }.Validate());
        Assert.Contains("ServerName", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_are_valid()
    {
        var options = new EventSystemOptions();
        options.Validate();
        Assert.Equal(256 * 1024, options.MaxPayloadBytes);
        Assert.Contains(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            options.ServerName, StringComparison.Ordinal);
    }
}
