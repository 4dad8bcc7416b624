using System.Reflection;

namespace EventSystem.Generators.Tests;

/// <summary>
/// Compares text with an approved file in <c>Snapshots/</c>. On a mismatch it writes a <c>.received.cs</c> file
/// beside it to diff; with <c>EVENTSYSTEM_ACCEPT_SNAPSHOTS=1</c> (ignored when <c>CI=true</c>) it approves the
/// received text instead.
/// </summary>
internal static class SnapshotAssert
{
    public static void Matches(string name, string actual)
    {
        var folder = typeof(SnapshotAssert).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "SnapshotDirectory").Value!;
        var approvedPath = Path.Combine(folder, name + ".approved.cs");
        var receivedPath = Path.Combine(folder, name + ".received.cs");
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var approved = File.Exists(approvedPath)
            ? File.ReadAllText(approvedPath).Replace("\r\n", "\n", StringComparison.Ordinal)
            : null;
        if (approved == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        if (AcceptRequested())
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(approvedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(receivedPath, actual);
        Assert.Fail(approved is null
            ? $"No approved snapshot {approvedPath}. Review {receivedPath}, then rename it to .approved.cs or run "
              + "with EVENTSYSTEM_ACCEPT_SNAPSHOTS=1."
            : $"Generated code differs from {approvedPath}. Diff it with {receivedPath}; if the change is intended, "
              + "run with EVENTSYSTEM_ACCEPT_SNAPSHOTS=1.");
    }

    private static bool AcceptRequested() =>
        Environment.GetEnvironmentVariable("EVENTSYSTEM_ACCEPT_SNAPSHOTS") == "1"
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
