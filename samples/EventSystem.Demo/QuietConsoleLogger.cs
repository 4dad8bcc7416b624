using Microsoft.Extensions.Logging;

namespace EventSystem.Demo;

/// <summary>One category's logger of <see cref="QuietConsoleLoggerFactory"/>.</summary>
internal sealed class QuietConsoleLogger(string category, QuietConsoleLoggerFactory factory) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning && logLevel != LogLevel.None;

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var (print, last) = factory.Admit(eventId.Id);
        if (!print)
        {
            return;
        }

        var level = logLevel == LogLevel.Warning ? "warn" : "fail";
        var more = last ? " (further messages like this are not shown)" : "";
        Console.Error.WriteLine($"{level}: {category}[{eventId.Id}] {formatter(state, exception)}{more}");
        if (exception is not null)
        {
            Console.Error.WriteLine($"      {exception.GetType().Name}: {exception.Message}");
        }
    }
}
