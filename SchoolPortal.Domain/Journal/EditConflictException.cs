namespace SchoolPortal.Domain.Journal;

/// <summary>
/// Someone else changed the cell after the teacher opened it: the save is refused, never silently overwritten. The message
/// shows the current value and who set it.
/// </summary>
public sealed class EditConflictException(string currentText, int currentVersion, string? changedBy, DateTimeOffset? changedAt)
    : Exception(Describe(currentText, changedBy))
{
    public string CurrentText { get; } = currentText;
    public int CurrentVersion { get; } = currentVersion;
    public string? ChangedBy { get; } = changedBy;
    public DateTimeOffset? ChangedAt { get; } = changedAt;

    private static string Describe(string current, string? by) =>
        $"Клетку уже изменил{(by is null ? "и" : $" пользователь {by}")}: сейчас в ней «{(current.Length == 0 ? "пусто" : current)}». Ваше значение не сохранено.";
}
