namespace SchoolPortal.Benchmarks.JournalCircuits;

/// <summary>
/// One typed mark: the milliseconds from the Enter key press to the cell's «сохранено» (or «ошибка»), measured by the page
/// itself, and the state the cell showed (<c>timeout</c> when it showed neither in time).
/// </summary>
public sealed record SaveTiming(string Login, string Cell, double Milliseconds, string State)
{
    public const string Saved = "сохранено";
    public const string Failed = "ошибка";
    public const string TimedOut = "timeout";

    /// <summary>When the mark was begun, from the start of its step.</summary>
    public TimeSpan At { get; init; }

    public bool IsSaved => State == Saved;
}
