using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace EventSystem.Demo;

/// <summary>
/// Writes warnings and errors to standard error, but only the first few of each kind (event id): a cut subscription
/// is reported once per reconnect, which would bury the demo's own output.
/// </summary>
internal sealed class QuietConsoleLoggerFactory(int perKind) : ILoggerFactory
{
    private readonly ConcurrentDictionary<int, int> printed = new();

    public ILogger CreateLogger(string categoryName) => new QuietConsoleLogger(categoryName, this);

    public void AddProvider(ILoggerProvider provider) =>
        throw new NotSupportedException("The demo's logger factory writes to the console only.");

    public void Dispose()
    {
    }

    /// <summary>Counts one more message of the kind: whether to print it, and whether it is the last printed.</summary>
    internal (bool Print, bool Last) Admit(int kind)
    {
        var count = printed.AddOrUpdate(kind, 1, static (_, n) => n + 1);
        return (count <= perKind, count == perKind);
    }
}
