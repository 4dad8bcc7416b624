using System.Diagnostics;

namespace EventSystem.Testing;

/// <summary>
/// Kills every redis-server this test process started when the process exits, even ones a test forgot to dispose.
/// </summary>
internal static class ChildProcessReaper
{
    private static readonly HashSet<Process> Tracked = [];
    private static readonly Lock Gate = new();

    static ChildProcessReaper() => AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();

    public static void Track(Process process)
    {
        lock (Gate)
        {
            Tracked.Add(process);
        }
    }

    public static void Forget(Process process)
    {
        lock (Gate)
        {
            Tracked.Remove(process);
        }
    }

    private static void KillAll()
    {
        Process[] remaining;
        lock (Gate)
        {
            remaining = [.. Tracked];
            Tracked.Clear();
        }

        foreach (var process in remaining)
        {
            try
            {
                process.Kill();
                process.WaitForExit(TimeSpan.FromSeconds(5));
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        }
    }
}
