using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Journal;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Journal;

public sealed class JournalServiceTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly JournalTestData _data;
    private readonly JournalService _teacher;

    public JournalServiceTests()
    {
        _data = JournalTestData.Create(_database);
        _teacher = _data.ServiceFor(_data.TeacherUser);
    }

    public void Dispose() => _database.Dispose();

    private int Lesson(int i) => _data.Lessons[i].Id;

    private int Pupil(int i) => _data.Pupils[i].Id;

    private Task<JournalSheet?> LoadAsync(JournalService? service = null) =>
        (service ?? _teacher).LoadAsync(_data.Class.Id, _data.Math.Id, _data.Quarter2.Id);

    [Fact]
    public async Task The_journal_lists_lessons_by_date_and_pupils_alphabetically()
    {
        var sheet = await LoadAsync();

        Assert.NotNull(sheet);
        Assert.Equal("5А · Математика · 2 четверть", sheet.Title);
        Assert.Equal(JournalTestData.LessonDates, sheet.Lessons.Select(l => l.Date));
        Assert.Equal(["Алексеева Мария Андреевна", "Борисова Дарья Андреевна", "Иванов Пётр Сергеевич"], sheet.Rows.Select(r => r.FullName));
        Assert.All(sheet.Lessons, l => Assert.True(l.IsEditable));
        Assert.All(sheet.Rows.SelectMany(r => r.Cells), c => Assert.True(c.IsEditable));
        Assert.Null(sheet.FinalsReadOnlyReason);
    }

    [Fact]
    public async Task A_saved_mark_is_there_after_reloading_with_the_averages()
    {
        var first = await _teacher.SaveCellAsync(Lesson(0), Pupil(0), "5", 0);
        var second = await _teacher.SaveCellAsync(Lesson(1), Pupil(0), "4 н", 0);
        await _teacher.SaveCellAsync(Lesson(0), Pupil(1), "3", 0);

        Assert.True(first.Succeeded, first.Message);
        Assert.Equal(("5", 1), (first.Text, first.Version));
        Assert.Equal("4 н", second.Text);
        var sheet = await LoadAsync();
        var row = sheet!.Rows[0];
        Assert.Equal("5", row.Cells[0].Text);
        Assert.Equal(1, row.Cells[0].Version);
        Assert.Equal(AttendanceCode.Absent, row.Cells[1].Content.Attendance);
        Assert.Equal(4.5m, row.Average);
        Assert.Equal("5", row.Suggested);
        Assert.Equal(4m, sheet.Lessons[0].ClassAverage);
        Assert.Equal(3.75m, sheet.PeriodAverage);
    }

    [Fact]
    public async Task Codes_typed_on_the_english_layout_are_saved_as_russian()
    {
        var result = await _teacher.SaveCellAsync(Lesson(0), Pupil(0), "5y", 0);

        Assert.Equal("5 н", result.Text);
    }

    [Fact]
    public async Task An_invalid_entry_is_refused_with_a_russian_message_and_nothing_is_written()
    {
        var result = await _teacher.SaveCellAsync(Lesson(0), Pupil(0), "6", 0);

        Assert.Equal(CellSaveStatus.Refused, result.Status);
        Assert.Contains("«6»", result.Message);
        await using var db = _database.System();
        Assert.False(await db.JournalCells.AnyAsync());
    }

    [Fact]
    public async Task Clearing_a_cell_saves_it_empty()
    {
        await _teacher.SaveCellAsync(Lesson(0), Pupil(0), "5", 0);

        var cleared = await _teacher.SaveCellAsync(Lesson(0), Pupil(0), "", 1);

        Assert.True(cleared.Succeeded);
        Assert.Equal(("", 2), (cleared.Text, cleared.Version));
        var sheet = await LoadAsync();
        Assert.Equal("", sheet!.Rows[0].Cells[0].Text);
        Assert.Null(sheet.Rows[0].Average);
    }

    [Fact]
    public async Task A_second_teacher_saving_a_stale_version_is_refused_and_sees_the_current_value()
    {
        var admin = _data.ServiceFor(_data.Admin);
        await _teacher.SaveCellAsync(Lesson(0), Pupil(0), "5", 0);

        var stale = await admin.SaveCellAsync(Lesson(0), Pupil(0), "3", 0);

        Assert.Equal(CellSaveStatus.Conflict, stale.Status);
        Assert.Equal(("5", 1), (stale.Text, stale.Version));
        Assert.Equal("Смирнова Ольга Ивановна", stale.ChangedBy);
        Assert.Contains("«5»", stale.Message);
        Assert.Contains("Смирнова", stale.Message);
        var sheet = await LoadAsync();
        Assert.Equal("5", sheet!.Rows[0].Cells[0].Text);

        var overwritten = await admin.SaveCellAsync(Lesson(0), Pupil(0), "3", stale.Version);
        Assert.True(overwritten.Succeeded);
        Assert.Equal(("3", 2), (overwritten.Text, overwritten.Version));
    }

    [Fact]
    public async Task Two_first_saves_racing_for_one_cell_end_in_one_save_and_one_conflict()
    {
        var admin = _data.ServiceFor(_data.Admin);

        var results = await Task.WhenAll(
            Task.Run(() => _teacher.SaveCellAsync(Lesson(2), Pupil(2), "5", 0)),
            Task.Run(() => admin.SaveCellAsync(Lesson(2), Pupil(2), "2", 0)));

        Assert.Single(results, r => r.Status == CellSaveStatus.Saved);
        var conflict = Assert.Single(results, r => r.Status == CellSaveStatus.Conflict);
        var winner = results.Single(r => r.Succeeded);
        Assert.Equal(winner.Text, conflict.Text);
        await using var db = _database.System();
        Assert.Equal(1, await db.JournalCells.CountAsync());
    }

    [Fact]
    public async Task A_closed_period_refuses_changes_and_loads_read_only_until_reopened()
    {
        var admin = _data.ServiceFor(_data.Admin);

        var closed = await admin.ClosePeriodAsync(_data.Quarter2.Id);
        var refused = await _teacher.SaveCellAsync(Lesson(0), Pupil(0), "5", 0);
        var sheet = await LoadAsync();

        Assert.True(closed.Succeeded);
        Assert.Equal(CellSaveStatus.Refused, refused.Status);
        Assert.Contains("закрыт", refused.Message);
        Assert.True(sheet!.IsClosed);
        Assert.NotNull(sheet.ClosedReason);
        Assert.All(sheet.Rows.SelectMany(r => r.Cells), c => Assert.False(c.IsEditable));
        Assert.All(sheet.Rows, r => Assert.False(r.Final.IsEditable));
        Assert.False((await _teacher.SaveLessonAsync(Lesson(0), "Дроби", WorkType.Answer, null, null, null)).Succeeded);

        Assert.True((await admin.ReopenPeriodAsync(_data.Quarter2.Id)).Succeeded);
        Assert.True((await _teacher.SaveCellAsync(Lesson(0), Pupil(0), "5", 0)).Succeeded);
    }

    [Fact]
    public async Task Only_a_school_administrator_closes_a_period()
    {
        var result = await _teacher.ClosePeriodAsync(_data.Quarter2.Id);

        Assert.False(result.Succeeded);
        Assert.Contains("администратор", result.Errors.Values.Single());
        var sheet = await LoadAsync();
        Assert.False(sheet!.IsClosed);
        Assert.False(sheet.CanManagePeriod);
    }

    [Fact]
    public async Task A_substituted_lesson_is_filled_in_by_the_substitute_and_not_by_the_absent_teacher()
    {
        _data.SubstituteLesson(_data.Lessons[1], _data.Substitute);
        var substitute = _data.ServiceFor(_data.SubstituteUser);

        var absent = await _teacher.SaveCellAsync(Lesson(1), Pupil(0), "5", 0);
        var accepted = await substitute.SaveCellAsync(Lesson(1), Pupil(0), "4", 0);
        var otherLesson = await substitute.SaveCellAsync(Lesson(0), Pupil(0), "4", 0);

        Assert.Equal(CellSaveStatus.Refused, absent.Status);
        Assert.Contains("заменён", absent.Message);
        Assert.True(accepted.Succeeded, accepted.Message);
        Assert.Equal(CellSaveStatus.Refused, otherLesson.Status);
        var sheet = await LoadAsync();
        Assert.True(sheet!.Lessons[1].IsSubstituted);
        Assert.False(sheet.Lessons[1].IsEditable);
        Assert.False(sheet.Rows[0].Cells[1].IsEditable);
        var seenBySubstitute = await LoadAsync(substitute);
        Assert.True(seenBySubstitute!.Lessons[1].IsEditable);
        Assert.False(seenBySubstitute.Lessons[0].IsEditable);
    }

    [Fact]
    public async Task A_withdrawn_pupil_is_marked_and_read_only_after_the_leaving_date()
    {
        _data.Withdraw(_data.Pupils[1], new DateOnly(2026, 11, 10));

        var onLeavingDay = await _teacher.SaveCellAsync(Lesson(1), Pupil(1), "5", 0);
        var afterwards = await _teacher.SaveCellAsync(Lesson(2), Pupil(1), "5", 0);

        Assert.True(onLeavingDay.Succeeded, onLeavingDay.Message);
        Assert.Equal(CellSaveStatus.Refused, afterwards.Status);
        Assert.Contains("выбыл", afterwards.Message);
        var row = (await LoadAsync())!.Rows[1];
        Assert.Equal("выбыл(а) 10.11.2026", row.Note);
        Assert.True(row.IsWithdrawn);
        Assert.True(row.Cells[1].IsEditable);
        Assert.False(row.Cells[2].IsEditable);
        Assert.Contains("10.11.2026", row.Cells[2].ReadOnlyReason);
    }

    [Fact]
    public async Task A_pupil_who_joined_later_is_read_only_before_joining()
    {
        var late = _data.AddPupil("Васильева", "Ирина", new DateOnly(2026, 11, 11));

        var before = await _teacher.SaveCellAsync(Lesson(0), late.Id, "5", 0);

        Assert.Equal(CellSaveStatus.Refused, before.Status);
        Assert.Contains("зачислен", before.Message);
        var row = (await LoadAsync())!.Rows.Single(r => r.PupilId == late.Id);
        Assert.Equal("прибыл(а) 11.11.2026", row.Note);
        Assert.False(row.Cells[1].IsEditable);
        Assert.True(row.Cells[2].IsEditable);
    }

    [Fact]
    public async Task Every_change_is_audited_and_the_cell_history_shows_who_and_old_to_new()
    {
        var admin = _data.ServiceFor(_data.Admin);
        await _teacher.SaveCellAsync(Lesson(0), Pupil(0), "5", 0);
        await admin.SaveCellAsync(Lesson(0), Pupil(0), "5 н", 1);

        var history = await _teacher.CellHistoryAsync(Lesson(0), Pupil(0));

        Assert.Equal(2, history.Count);
        Assert.Equal(("admin1", "5 (ответ на уроке, вес 1)", "5 (ответ на уроке, вес 1); н"),
            (history[0].Actor, history[0].OldText, history[0].NewText));
        Assert.Equal(("smirnova", "", "5 (ответ на уроке, вес 1)"), (history[1].Actor, history[1].OldText, history[1].NewText));
        Assert.Empty(await _teacher.CellHistoryAsync(Lesson(1), Pupil(0)));
    }

    [Fact]
    public async Task The_cell_history_names_the_author_by_the_accounts_name_not_the_login()
    {
        int accountId;
        using (var db = _database.System())
        {
            var account = new UserAccount("smirnova.oi", "Смирнова Ольга Ивановна", Role.Teacher, _data.Region.School1.Id);
            db.UserAccounts.Add(account);
            db.SaveChanges();
            accountId = account.Id;
        }
        var teacher = _data.ServiceFor(new PortalUser(accountId, "smirnova.oi", "Смирнова Ольга Ивановна", Role.Teacher,
            _data.Region.School1.Id, null, _data.Teacher.Id));
        await teacher.SaveCellAsync(Lesson(0), Pupil(0), "4", 0);

        var entry = Assert.Single(await teacher.CellHistoryAsync(Lesson(0), Pupil(0)));

        Assert.Equal("Смирнова Ольга Ивановна", entry.Actor);
    }

    [Fact]
    public async Task Another_schools_administrator_can_neither_read_nor_write_the_journal()
    {
        await _teacher.SaveCellAsync(Lesson(0), Pupil(0), "5", 0);
        var stranger = _data.ServiceFor(_data.Region.Admin2);

        Assert.Null(await LoadAsync(stranger));
        Assert.Null(await stranger.LoadFinalsAsync(_data.Class.Id, _data.Math.Id));
        Assert.Equal(CellSaveStatus.Refused, (await stranger.SaveCellAsync(Lesson(0), Pupil(0), "2", 1)).Status);
        Assert.Empty(await stranger.CellHistoryAsync(Lesson(0), Pupil(0)));
        Assert.False((await stranger.ClosePeriodAsync(_data.Quarter2.Id)).Succeeded);
    }

    [Fact]
    public async Task Users_without_a_journal_role_are_turned_away()
    {
        var parent = new PortalUser(3001, "parent", "Родитель", Role.Parent, null, null);
        var service = _data.ServiceFor(parent);

        await Assert.ThrowsAsync<AccessDeniedException>(() => LoadAsync(service));
    }

    [Fact]
    public async Task A_teacher_of_another_subject_reads_but_cannot_write()
    {
        var other = _data.ServiceFor(_data.SubstituteUser);

        var sheet = await LoadAsync(other);
        var result = await other.SaveCellAsync(Lesson(0), Pupil(0), "5", 0);

        Assert.All(sheet!.Lessons, l => Assert.False(l.IsEditable));
        Assert.Equal(JournalAccess.FinalsNotYours, sheet.FinalsReadOnlyReason);
        Assert.Equal(CellSaveStatus.Refused, result.Status);
    }

    [Fact]
    public async Task A_marks_work_type_and_weight_change_the_weighted_average()
    {
        await _teacher.SaveCellAsync(Lesson(0), Pupil(0), "5", 0);
        await _teacher.SaveCellAsync(Lesson(1), Pupil(0), "2", 0);

        var result = await _teacher.SaveMarkDetailsAsync(Lesson(1), Pupil(0), 0, WorkType.Control, 3m, 1);
        var stale = await _teacher.SaveMarkDetailsAsync(Lesson(1), Pupil(0), 0, WorkType.Answer, 1m, 1);
        var missing = await _teacher.SaveMarkDetailsAsync(Lesson(1), Pupil(0), 3, WorkType.Answer, 1m, 2);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(new Mark(MarkValue.Score(2), WorkType.Control, 3m), result.Content!.Marks.Items[0]);
        Assert.Equal(CellSaveStatus.Conflict, stale.Status);
        Assert.Equal(CellSaveStatus.Refused, missing.Status);
        var row = (await LoadAsync())!.Rows[0];
        Assert.Equal(2.75m, row.Average);
        Assert.Equal("3", row.Suggested);
    }

    [Fact]
    public async Task A_lesson_gets_its_topic_work_type_and_homework()
    {
        var saved = await _teacher.SaveLessonAsync(Lesson(0), "Сложение дробей", WorkType.Control, "№ 12, 14", "https://example.ru/task",
            new DateOnly(2026, 11, 10));
        var badLink = await _teacher.SaveLessonAsync(Lesson(0), "Сложение дробей", WorkType.Control, "№ 12", "example.ru", null);
        await _teacher.SaveCellAsync(Lesson(0), Pupil(0), "4", 0);

        Assert.True(saved.Succeeded);
        Assert.Contains("http", badLink.Errors["homeworkLink"]);
        var sheet = await LoadAsync();
        var lesson = sheet!.Lessons[0];
        Assert.Equal(("Сложение дробей", WorkType.Control, "№ 12, 14", "https://example.ru/task", new DateOnly(2026, 11, 10)),
            (lesson.Topic, lesson.WorkType, lesson.Homework, lesson.HomeworkLink, lesson.HomeworkDueOn));
        Assert.True(lesson.HasHomework);
        Assert.Equal(WorkType.Control, sheet.Rows[0].Cells[0].Content.Marks.Items[0].WorkType);
        Assert.False((await _data.ServiceFor(_data.SubstituteUser).SaveLessonAsync(Lesson(0), "x", WorkType.Answer, null, null, null)).Succeeded);
    }

    [Fact]
    public async Task Final_marks_are_saved_per_period_and_for_the_year_with_the_average_suggested()
    {
        await _teacher.SaveCellAsync(Lesson(0), Pupil(0), "5", 0);
        await _teacher.SaveCellAsync(Lesson(1), Pupil(0), "4", 0);

        var period = await _teacher.SaveFinalMarkAsync(Pupil(0), _data.Class.Id, _data.Math.Id, _data.Quarter2.Id, "5", 0);
        var year = await _teacher.SaveFinalMarkAsync(Pupil(0), _data.Class.Id, _data.Math.Id, null, "5", 0);
        var stale = await _data.ServiceFor(_data.Admin).SaveFinalMarkAsync(Pupil(0), _data.Class.Id, _data.Math.Id, _data.Quarter2.Id, "4", 0);
        var invalid = await _teacher.SaveFinalMarkAsync(Pupil(1), _data.Class.Id, _data.Math.Id, _data.Quarter2.Id, "5 4", 0);
        var notTheirs = await _data.ServiceFor(_data.SubstituteUser).SaveFinalMarkAsync(Pupil(1), _data.Class.Id, _data.Math.Id, null, "5", 0);

        Assert.True(period.Succeeded, period.Message);
        Assert.True(year.Succeeded, year.Message);
        Assert.Equal(CellSaveStatus.Conflict, stale.Status);
        Assert.Equal("5", stale.Text);
        Assert.Equal(CellSaveStatus.Refused, invalid.Status);
        Assert.Equal(CellSaveStatus.Refused, notTheirs.Status);
        var sheet = await LoadAsync();
        Assert.Equal(("5", 1), (sheet!.Rows[0].Final.Text, sheet.Rows[0].Final.Version));
        var finals = await _teacher.LoadFinalsAsync(_data.Class.Id, _data.Math.Id);
        Assert.NotNull(finals);
        Assert.Equal(["1 четверть", "2 четверть", "3 четверть", "4 четверть", "Год"], finals.Periods.Select(p => p.Name));
        Assert.Equal(_data.Quarter2.Id, finals.CurrentPeriodId);
        var row = finals.Rows[0];
        Assert.Equal(["", "5", "", "", "5"], row.Cells.Select(c => c.Text));
        Assert.Equal(4.5m, row.Averages[1]);
        Assert.Equal(4.5m, row.Averages[4]);
        Assert.Equal("5", row.Suggested[4]);
        Assert.Null(row.Averages[0]);
    }

    [Fact]
    public async Task A_group_journal_lists_the_groups_members_or_everyone_with_a_notice()
    {
        var groupLesson = _data.AddLesson(new DateOnly(2026, 11, 12), 3, group: 1);

        var noMembers = await _teacher.LoadAsync(_data.Class.Id, _data.Math.Id, _data.Quarter2.Id, 1);
        _data.AddGroupMember(_data.Pupils[2], 1);
        var withMembers = await _teacher.LoadAsync(_data.Class.Id, _data.Math.Id, _data.Quarter2.Id, 1);
        var outsider = await _teacher.SaveCellAsync(groupLesson.Id, Pupil(0), "5", 0);
        var member = await _teacher.SaveCellAsync(groupLesson.Id, Pupil(2), "5", 0);

        Assert.Equal([groupLesson.Id], noMembers!.Lessons.Select(l => l.Id));
        Assert.Equal(3, noMembers.Rows.Count);
        Assert.Contains("не задан", noMembers.GroupNotice);
        Assert.Equal([Pupil(2)], withMembers!.Rows.Select(r => r.PupilId));
        Assert.Null(withMembers.GroupNotice);
        Assert.Equal(CellSaveStatus.Refused, outsider.Status);
        Assert.True(member.Succeeded);
        Assert.DoesNotContain(groupLesson.Id, (await LoadAsync())!.Lessons.Select(l => l.Id));
    }

    [Fact]
    public async Task Pass_fail_subjects_take_zach_and_refuse_numbers()
    {
        var pe = _data.AddSubject("Физическая культура", Domain.Schedule.GradingScale.PassFail);
        var lesson = _data.AddLesson(new DateOnly(2026, 11, 12), 4, subject: pe);

        var pass = await _teacher.SaveCellAsync(lesson.Id, Pupil(0), "з", 0);
        var number = await _teacher.SaveCellAsync(lesson.Id, Pupil(1), "5", 0);

        Assert.Equal("зач", pass.Text);
        Assert.Equal(CellSaveStatus.Refused, number.Status);
        var sheet = await _teacher.LoadAsync(_data.Class.Id, pe.Id, _data.Quarter2.Id);
        Assert.Equal("зач", sheet!.Rows[0].Suggested);
        Assert.Null(sheet.Rows[0].Average);
    }

    [Fact]
    public async Task The_picker_offers_the_current_period_and_the_teachers_own_workload()
    {
        var options = await _teacher.OptionsAsync();
        var adminOptions = await _data.ServiceFor(_data.Admin).OptionsAsync();

        Assert.Equal(_data.Quarter2.Id, options.CurrentPeriodId);
        Assert.Equal(4, options.Periods.Count);
        var own = Assert.Single(options.OwnWorkloads);
        Assert.Equal("5А · Математика", own.Title);
        Assert.Contains(options.Classes, c => c.Name == "5А");
        Assert.Contains(adminOptions.Subjects, s => s.Name == "Математика");
        Assert.Empty(adminOptions.OwnWorkloads);
    }

    [Fact]
    public async Task A_journal_of_a_period_of_another_year_or_an_unknown_subject_is_not_found()
    {
        Assert.Null(await _teacher.LoadAsync(_data.Class.Id, 999_999, _data.Quarter2.Id));
        Assert.Null(await _teacher.LoadAsync(_data.Class.Id, _data.Math.Id, 999_999));
    }
}
