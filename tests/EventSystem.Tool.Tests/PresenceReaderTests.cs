using System.Text;
using EventSystem.Tool.Connection;

namespace EventSystem.Tool.Tests;

public sealed class PresenceReaderTests
{
    private const string NodeId = "0f8fad5b-d9cb-469f-a165-70867728950e";
    private const string Field = "web-1/0f8fad5bd9cb469fa16570867728950e";

    [Fact]
    public void A_record_as_a_node_writes_it_decodes_with_its_times()
    {
        var json = $$"""
            {"server":"web-1","nodeId":"{{NodeId}}","startedAt":1764867600000,"seenAt":1764867660000,"sent":1,
            "received":2,"missedEvents":3,"missedReports":4,"dropped":5,"epochResets":6,"subscriptionLosses":7}
            """;

        var field = PresenceReader.Decode(Field, Encoding.UTF8.GetBytes(json));

        Assert.Null(field.Problem);
        Assert.NotNull(field.Node);
        Assert.Equal(TimeSpan.FromMinutes(1), field.SeenAt - field.StartedAt);
    }

    [Theory]
    [InlineData(Field, "", "bad JSON")]
    [InlineData(Field, "hello\u0001\u001b[2J", "bad JSON at byte")]
    [InlineData(Field, "null", "JSON null")]
    [InlineData(Field, "[1,2]", "bad JSON")]
    [InlineData(Field, """{"server":"web-1","nodeId":"nope"}""", "bad JSON")]
    [InlineData(Field, """{"sent":"many"}""", "bad JSON")]
    [InlineData(Field, """{"nodeId":"0f8fad5b-d9cb-469f-a165-70867728950e"}""", "no server name")]
    [InlineData(Field, """{"server":"web-1"}""", "no node id")]
    [InlineData(Field, """{"server":"web-1","nodeId":"0f8fad5b-d9cb-469f-a165-70867728950e","seenAt":-1}""",
        "times out of range")]
    [InlineData(Field, """{"server":"web-1","nodeId":"0f8fad5b-d9cb-469f-a165-70867728950e","seenAt":9e18}""",
        "bad JSON")]
    [InlineData(Field, """{"server":"web-1","nodeId":"0f8fad5b-d9cb-469f-a165-70867728950e","startedAt":9e3}""",
        "bad JSON")]
    [InlineData(Field,
        """{"server":"web-1","nodeId":"0f8fad5b-d9cb-469f-a165-70867728950e","startedAt":9000000000000000000}""",
        "times out of range")]
    [InlineData("web-2/x", """{"server":"web-1","nodeId":"0f8fad5b-d9cb-469f-a165-70867728950e"}""",
        "field name does not match")]
    public void Junk_is_reported_with_the_reason_and_never_throws(string field, string value, string reason)
    {
        var decoded = PresenceReader.Decode(field, Encoding.UTF8.GetBytes(value));

        Assert.Null(decoded.Node);
        Assert.Contains(reason, decoded.Problem, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetByteCount(value), decoded.Bytes);
        Assert.DoesNotContain(decoded.Head, char.IsControl);
    }
}
