using System.Reflection;
using System.Runtime.InteropServices;
using StackExchange.Redis;

namespace EventSystem.Benchmarks;

/// <summary>What the numbers were measured on.</summary>
internal static class EnvironmentReport
{
    public static async Task<string> DescribeAsync(string redis, bool privateServer)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis);
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        var version = server.Version;
        var gc = System.Runtime.GCSettings.IsServerGC ? "server" : "workstation";
        var where = privateServer ? "private redis-server" : "given Redis";
        return $"""
            - OS: {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})
            - CPU cores: {Environment.ProcessorCount}
            - .NET: {RuntimeInformation.FrameworkDescription}, GC {gc}
            - Redis: {version} ({where} at {redis})
            - StackExchange.Redis: {LibraryVersion()}
            """;
    }

    private static string LibraryVersion() => typeof(ConnectionMultiplexer).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "?";
}
