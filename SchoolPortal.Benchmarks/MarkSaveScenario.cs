using SchoolPortal.Features.Journal;

namespace SchoolPortal.Benchmarks;

/// <summary>
/// Saving one mark as the journal grid does: <see cref="JournalService.SaveCellAsync"/> with its checks (rights, closed
/// period, the pupil's stay in the class, the version) and the database round trip with the audit entry, on SQLite.
/// Each run saves another cell of the term, alternating the mark so every save really writes.
/// </summary>
public sealed class MarkSaveScenario : IBenchmarkScenario
{
    private JournalTerm _term = null!;
    private JournalService _journal = null!;
    private readonly Dictionary<(int Lesson, int Pupil), int> _versions = [];
    private int _run;

    public string Description => "сохранение одной отметки (сервис и база SQLite, с записью в журнал изменений)";
    public int DefaultRuns => 200;
    public int DefaultWarmups => 20;

    public double? TargetMilliseconds(string size) => 10;

    public async Task PrepareAsync(BenchmarkOptions options)
    {
        _term = await JournalTerm.CreateAsync();
        _journal = new JournalService(_term.DbFor(_term.Teacher), new PinnedClock(JournalTerm.DayAfter));
        var sheet = await _journal.LoadAsync(_term.ClassId, _term.SubjectId, _term.PeriodId)
                    ?? throw new InvalidOperationException("Журнал бенчмарка не открылся.");
        foreach (var row in sheet.Rows)
            foreach (var cell in row.Cells)
                _versions[(cell.LessonId, row.PupilId)] = cell.Version;
        Console.WriteLine($"Журнал: {sheet.Rows.Count} учеников × {sheet.Lessons.Count} уроков");
    }

    public async Task RunAsync()
    {
        var n = _run++;
        var key = (_term.LessonIds[n % _term.LessonIds.Count], _term.PupilIds[n / _term.LessonIds.Count % _term.PupilIds.Count]);
        var result = await _journal.SaveCellAsync(key.Item1, key.Item2, n % 2 == 0 ? "5" : "4", _versions[key]);
        if (!result.Succeeded)
            throw new InvalidOperationException($"Отметка не сохранена: {result.Message}");
        _versions[key] = result.Version;
    }

    public Task FinishAsync()
    {
        _term.Delete();
        return Task.CompletedTask;
    }
}
