using Microsoft.Extensions.Logging;

namespace SchoolPortal.Tests.Enrollment.Epgu;

/// <summary>Keeps every line written to the log, to check what a log would hold.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    public List<string> Lines { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Add(formatter(state, exception) + exception);
}
