using System.ComponentModel;
using System.Runtime.InteropServices;

namespace EventSystem.Testing;

/// <summary>Sends the stop and continue signals that <see cref="System.Diagnostics.Process"/> has no API for.</summary>
internal static partial class UnixSignals
{
    private static int StopSignal => OperatingSystem.IsLinux() ? 19 : 17;

    private static int ContinueSignal => OperatingSystem.IsLinux() ? 18 : 19;

    public static void Stop(int processId) => Send(processId, StopSignal);

    public static void Continue(int processId) => Send(processId, ContinueSignal);

    private static void Send(int processId, int signal)
    {
        if (Kill(processId, signal) != 0)
        {
            throw new Win32Exception(Marshal.GetLastPInvokeError(), $"kill({processId}, {signal}) failed");
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int processId, int signal);
}
