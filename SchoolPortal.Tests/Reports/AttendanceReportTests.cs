using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Features.Reports;

namespace SchoolPortal.Tests.Reports;

public sealed class AttendanceReportTests : IDisposable
{
    private static readonly DateOnly From = new(2026, 11, 5);
    private static readonly DateOnly To = new(2026, 12, 28);
    private readonly ReportScenario _s = new();

    public void Dispose() => _s.Dispose();

    [Fact]
    public async Task Missed_lessons_are_counted_by_code_and_late_arrivals_separately()
    {
        var report = await _s.AttendanceReport().BuildAsync(_s.Data.Class.Id, From, To);

        var block = Assert.Single(report.Classes);
        Assert.Equal("5А", block.Name);
        Assert.Equal(["Андреев Борис Ильич", "Борисов Глеб Петрович", "Иванов Пётр Сергеевич", "Яковлева Вера Олеговна"],
            block.Pupils.Select(p => p.Name));
        // Held up to today (28.11): mathematics 10.11, 12.11, 17.11 and Russian 24.11; 01.12 is still ahead.
        var ivanov = block.Pupils[2].Counts;
        Assert.Equal(new AttendanceCounts(4, 1, 0, 0, 1), ivanov);
        Assert.Equal(1, ivanov.Missed);
        Assert.Equal(0.25m, ivanov.MissedShare);
        Assert.Equal(new AttendanceCounts(4, 0, 0, 0, 0), block.Pupils[0].Counts);
        Assert.Equal(new DateOnly(2026, 11, 28), report.CountedTo);
    }

    [Fact]
    public async Task A_withdrawn_pupil_is_marked_and_counted_only_while_in_the_class()
    {
        var report = await _s.AttendanceReport().BuildAsync(_s.Data.Class.Id, From, To);

        var borisov = report.Classes[0].Pupils[1];
        Assert.True(borisov.HasLeft);
        Assert.Equal("выбыл(а) 20.11.2026", borisov.Note);
        Assert.Equal(new AttendanceCounts(3, 0, 1, 1, 0), borisov.Counts);
        Assert.Equal(0.6667m, borisov.Counts.MissedShare);
    }

    [Fact]
    public async Task The_class_total_sums_its_pupils()
    {
        var report = await _s.AttendanceReport().BuildAsync(_s.Data.Class.Id, From, To);

        Assert.Equal(new AttendanceCounts(15, 1, 1, 1, 1), report.Classes[0].Total);
        Assert.Equal(0.2m, report.Classes[0].Total.MissedShare);
        Assert.Equal("5А", report.Scope);
    }

    [Fact]
    public async Task All_classes_of_the_school_give_a_block_per_class_and_a_school_total()
    {
        var report = await _s.AttendanceReport().BuildAsync(null, From, To);

        Assert.Equal(AttendanceReport.AllClasses, report.Scope);
        Assert.Equal(["5А", "7Б"], report.Classes.Select(c => c.Name));
        var sidorov = Assert.Single(report.Classes[1].Pupils);
        Assert.Equal(new AttendanceCounts(1, 1, 0, 0, 0), sidorov.Counts);
        Assert.Equal(new AttendanceCounts(16, 2, 1, 1, 1), report.Total);
        Assert.DoesNotContain(report.Classes, c => c.Id == _s.Region.Class2.Id);
    }

    [Fact]
    public async Task A_group_lesson_counts_only_for_the_pupils_of_its_group()
    {
        var english = _s.Data.AddLesson(new DateOnly(2026, 11, 25), 4, _s.Data.Russian, _s.Teacher, group: 1);
        using (var db = _s.Database.System())
        {
            db.GroupMembers.Add(new GroupMember(_s.Data.SchoolId, _s.Data.Class.Id, _s.Data.Russian.Id, _s.Andreev.Id, 1));
            db.GroupMembers.Add(new GroupMember(_s.Data.SchoolId, _s.Data.Class.Id, _s.Data.Russian.Id, _s.Yakovleva.Id, 2));
            db.SaveChanges();
        }
        _s.Data.Cell(english, _s.Andreev, "н");

        var report = await _s.AttendanceReport().BuildAsync(_s.Data.Class.Id, From, To);

        var pupils = report.Classes[0].Pupils;
        Assert.Equal(new AttendanceCounts(5, 1, 0, 0, 0), pupils[0].Counts);
        Assert.Equal(4, pupils[3].Counts.Lessons);
    }

    [Fact]
    public async Task A_range_ending_before_it_starts_is_refused_with_a_message()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => _s.AttendanceReport().BuildAsync(_s.Data.Class.Id, To, From));

        Assert.Contains("Дата начала позже даты окончания", error.Message);
    }

    [Fact]
    public async Task A_range_without_lessons_gives_pupils_with_zero_lessons()
    {
        var report = await _s.AttendanceReport().BuildAsync(_s.Data.Class.Id, new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30));

        Assert.All(report.Classes[0].Pupils, p => Assert.Equal(default, p.Counts));
        Assert.Equal(0m, report.Total.MissedShare);
    }
}
