using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Tests.Journal;

public sealed class JournalLockingTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static CellContent Five => new(new MarkList([new Mark(MarkValue.Score(5), WorkType.Answer)]), null);

    [Fact]
    public void A_closed_period_refuses_changes_and_a_reopened_one_accepts_them()
    {
        var year = new AcademicYear(1, 2026);
        var period = year.AddPeriod(StudyPeriodKind.Quarter, 2, new DateOnly(2026, 11, 5), new DateOnly(2026, 12, 28));

        period.Close();
        var error = Assert.Throws<DomainException>(period.CheckOpen);
        period.Reopen();

        Assert.Contains("2 четверть", error.Message);
        Assert.Contains("закрыт", error.Message);
        period.CheckOpen();
    }

    [Fact]
    public void A_cell_change_from_a_stale_version_is_refused_with_the_current_value_and_author()
    {
        var cell = new JournalCell(1, 10, 20);
        cell.Change(Five, 0, "Смирнова О. И.", At);

        var conflict = Assert.Throws<EditConflictException>(() => cell.Change(CellContent.Empty, 0, "Козлова А. П.", At));

        Assert.Equal(("5", 1, "Смирнова О. И."), (conflict.CurrentText, conflict.CurrentVersion, conflict.ChangedBy));
        Assert.Contains("«5»", conflict.Message);
        Assert.Equal("5", cell.Content.Text);
    }

    [Fact]
    public void Each_cell_change_raises_the_version()
    {
        var cell = new JournalCell(1, 10, 20);

        cell.Change(Five, 0, "a", At);
        cell.Change(CellContent.Empty, 1, "a", At);

        Assert.Equal(2, cell.Version);
        Assert.True(cell.Content.IsEmpty);
    }

    [Fact]
    public void A_final_mark_from_a_stale_version_is_refused()
    {
        var final = new FinalMark(1, 2, 3, 4, 5, 6);
        final.Change(MarkValue.Score(4), 0, "Смирнова О. И.", At);

        var conflict = Assert.Throws<EditConflictException>(() => final.Change(MarkValue.Score(5), 0, "Козлова А. П.", At));

        Assert.Equal("4", conflict.CurrentText);
        Assert.Equal(MarkValue.Score(4), final.Value);
    }
}
