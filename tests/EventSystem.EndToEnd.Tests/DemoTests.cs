using System.Diagnostics;
using EventSystem.Testing;

namespace EventSystem.EndToEnd.Tests;

/// <summary>Runs the README's demo for real: a coordinator and three server processes over Redis.</summary>
public sealed class DemoTests
{
    [Fact]
    public async Task The_demo_reports_every_event_as_delivered_or_missed_and_passes()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "EventSystem.Demo.dll"),
            "--role", "coordinator", "--redis", redis, "--seconds", "4",
        })
        {
            start.ArgumentList.Add(arg);
        }

        using var demo = Process.Start(start)!;
        var output = demo.StandardOutput.ReadToEndAsync();
        var errors = demo.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await demo.WaitForExitAsync(deadline.Token);
        var transcript = await output + await errors;

        Assert.True(demo.ExitCode == 0, $"the demo exited with {demo.ExitCode}:\n{transcript}");
        Assert.Contains("PASS:", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("MISMATCH", transcript, StringComparison.Ordinal);
        Assert.Contains("[B] MISSED", transcript, StringComparison.Ordinal);
        foreach (var server in new[] { "A", "B", "C" })
        {
            Assert.Contains($"{server}: sent by the others", transcript, StringComparison.Ordinal);
        }
    }
}
