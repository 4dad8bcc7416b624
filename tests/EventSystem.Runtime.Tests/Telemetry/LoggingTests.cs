using System.Reflection;
using EventSystem.Diagnostics;
using EventSystem.Runtime.Tests.Support;
using EventSystem.Testing;
using Microsoft.Extensions.Logging;

namespace EventSystem.Runtime.Tests.Telemetry;

public sealed class LoggingTests
{
    private const int StartedEventId = 2;
    private const int StoppedEventId = 3;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Hundreds_of_events_log_nothing_at_information_or_above_beyond_start_and_stop()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = TestNodes.NewApplication();
        var logsA = new CapturingLoggerProvider();
        var logsB = new CapturingLoggerProvider();
        var a = await TestNodes.StartAsync(redis, app, "a", logs: logsA);
        var b = await TestNodes.StartAsync(redis, app, "b", logs: logsB);
        var id = Guid.NewGuid();
        var atA = new EventRecorder(a.Get(id));
        var atB = new EventRecorder(b.Get(id));

        for (var i = 0; i < 150; i++)
        {
            await a.Get(id).RaiseAsync(Guid.NewGuid(), $"from a {i}");
            b.Get(id).Raise(Guid.NewGuid(), $"from b {i}");
        }

        await Eventually.UntilAsync(() => atA.Remote.Count() == 150 && atB.Remote.Count() == 150, Deadline,
            () => $"A received {atA.Remote.Count()}, B {atB.Remote.Count()}");
        await a.DisposeAsync();
        await b.DisposeAsync();

        foreach (var logs in new[] { logsA, logsB })
        {
            var loud = logs.Entries.Where(e => e.Level >= LogLevel.Information).ToList();
            Assert.Equal([StartedEventId, StoppedEventId], loud.Select(e => e.EventId));
        }

        Assert.Equal(0, atA.MissedCount + atB.MissedCount);
    }

    [Fact]
    public void Every_log_message_has_its_own_explicit_event_id()
    {
        var messages = typeof(Log).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Select(m => (m.Name, Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .ToList();

        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.True(m.Attribute is { EventId: > 0 }, $"{m.Name} has no event id"));
        Assert.Equal(messages.Count, messages.Select(m => m.Attribute!.EventId).Distinct().Count());
    }
}
