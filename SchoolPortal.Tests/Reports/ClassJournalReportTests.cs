using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Common;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Tests.Reports;

public sealed class ClassJournalReportTests : IDisposable
{
    private readonly ReportScenario _s = new();

    public void Dispose() => _s.Dispose();

    [Fact]
    public async Task Pupils_are_alphabetical_and_the_withdrawn_pupil_is_marked()
    {
        var report = await _s.JournalReport().BuildAsync(_s.Data.Class.Id, _s.Data.Math.Id, _s.Data.Quarter2.Id);

        Assert.Equal(["Андреев Борис Ильич", "Борисов Глеб Петрович", "Иванов Пётр Сергеевич", "Яковлева Вера Олеговна"],
            report.Pupils.Select(p => p.Name));
        var borisov = report.Pupils[1];
        Assert.True(borisov.HasLeft);
        Assert.Equal("выбыл(а) 20.11.2026", borisov.Note);
        Assert.Equal("Борисов Глеб Петрович (выбыл(а) 20.11.2026)", borisov.DisplayName);
        Assert.All(report.Pupils.Where(p => p.Id != _s.Borisov.Id), p => Assert.False(p.HasLeft));
        Assert.DoesNotContain(report.Pupils, p => p.Id == _s.Sidorov.Id);
    }

    [Fact]
    public async Task Lessons_of_the_period_and_subject_are_columns_with_marks_attendance_and_the_weighted_average()
    {
        var report = await _s.JournalReport().BuildAsync(_s.Data.Class.Id, _s.Data.Math.Id, _s.Data.Quarter2.Id);

        Assert.Equal([_s.Math1.Id, _s.Math2.Id, _s.Math3.Id, _s.Math4.Id], report.Lessons.Select(l => l.Id));
        Assert.Equal("12.11", report.Lessons[1].Header);
        Assert.Equal("Дроби", report.Lessons[1].Topic);
        Assert.Equal("Контрольная работа", report.Lessons[1].WorkTypeName);
        Assert.Equal("№ 12, 14", report.Lessons[1].HomeworkText);
        var andreev = report.Pupils[0];
        Assert.Equal(["5", "3", "", ""], andreev.Cells);
        // (5 × 1 + 3 × 3) / (1 + 3): the control work weighs 3.
        Assert.Equal(3.5m, andreev.Average);
        Assert.Equal("4", andreev.FinalMark);
        var ivanov = report.Pupils[2];
        Assert.Equal(["н", "", "4 оп", ""], ivanov.Cells);
        Assert.Equal(4m, ivanov.Average);
        Assert.Null(ivanov.FinalMark);
        Assert.Null(report.Pupils[1].Average);
        Assert.Equal([5m, 2.5m, 4m, null], report.LessonAverages);
        Assert.Equal(3.17m, report.ClassAverage);
    }

    [Fact]
    public async Task The_title_names_school_class_subject_period_teacher_and_date()
    {
        var report = await _s.JournalReport().BuildAsync(_s.Data.Class.Id, _s.Data.Math.Id, _s.Data.Quarter2.Id);

        Assert.Equal("МАОУ «СОШ № 1»", report.School);
        Assert.Equal("5А", report.ClassName);
        Assert.Equal("Математика", report.Subject);
        Assert.Equal("2 четверть (05.11.2026–28.12.2026)", report.PeriodText);
        Assert.Equal("Иванова Ольга Ивановна", report.Teacher);
        Assert.Equal(new DateOnly(2026, 11, 28), report.MadeOn);
        Assert.Equal("Журнал 5А Математика 2 четверть 28.11.2026.xlsx", report.FileName);
    }

    [Fact]
    public async Task A_subject_without_lessons_gives_pupils_with_empty_rows()
    {
        var report = await _s.JournalReport().BuildAsync(_s.Data.Class.Id, _s.Data.Russian.Id, _s.Data.Quarter1.Id);

        Assert.Empty(report.Lessons);
        Assert.Equal(4, report.Pupils.Count);
        Assert.All(report.Pupils, p => Assert.Null(p.Average));
    }

    [Fact]
    public async Task A_class_of_another_school_is_not_found_and_a_parent_gets_no_report()
    {
        var admin2 = _s.Region.Admin2;
        var notFound = await Assert.ThrowsAsync<DomainException>(() =>
            _s.JournalReport(admin2).BuildAsync(_s.Data.Class.Id, _s.Data.Math.Id, _s.Data.Quarter2.Id));
        Assert.Contains("Класс не найден", notFound.Message);

        var parent = new PortalUser(9001, "parent", "Родитель", Role.Parent, null, null);
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            _s.JournalReport(parent).BuildAsync(_s.Data.Class.Id, _s.Data.Math.Id, _s.Data.Quarter2.Id));
    }

    [Fact]
    public async Task The_choices_offer_the_current_year_with_the_teachers_class_subject_and_current_period()
    {
        var options = await _s.Choices().LoadAsync();

        Assert.Equal("2026/2027", options.Year);
        Assert.Equal(["5А", "7Б"], options.Classes.Select(c => c.Name));
        Assert.Equal(["Математика", "Русский язык"], options.Subjects.Select(s => s.Name));
        Assert.Equal(["1 четверть", "2 четверть"], options.Periods.Select(p => p.Name));
        Assert.Equal(_s.Data.Quarter2.Id, options.DefaultPeriodId);
        Assert.Equal(_s.Data.Class.Id, options.DefaultClassId);
        Assert.Equal(_s.Data.Math.Id, options.DefaultSubjectId);
    }
}
