using SchoolPortal.Domain.Schedule;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Features.NewYear;
using SchoolPortal.Features.NewYear.Wizard;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.NewYear;

public sealed class WizardServiceTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly NewYearEngineDouble _engine = new();
    private readonly NewYearWorld _world;
    private readonly NewYearWorld.Services _admin;

    public WizardServiceTests()
    {
        _world = NewYearWorld.Create(_database);
        _admin = NewYearWorld.For(_database, _world.Region.Admin1, _engine);
    }

    private int PlanId => _world.Plan.Id;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Merge_moves_the_removed_class_pupils_and_transitions_to_the_kept_one()
    {
        Assert.True((await _admin.Wizard.ConfirmAsync(PlanId, RolloverStep.Periods)).Ok);
        Assert.True((await _admin.Wizard.ConfirmAsync(PlanId, RolloverStep.Classes)).Ok);
        Assert.True((await _admin.Wizard.ConfirmAsync(PlanId, RolloverStep.Movement)).Ok);

        var result = await _admin.Classes.MergeAsync(PlanId, _world.Next["6А"].Id, _world.Next["6Б"].Id);

        Assert.True(result.Ok, result.Error);
        var classes = await _admin.Classes.ClassesAsync(PlanId);
        var merged = Assert.Single(classes, c => c.Grade == 6);
        Assert.Equal("6А", merged.Name);
        Assert.Equal(2, merged.Pupils);
        Assert.Equal("5А, 5Б", merged.From);
        using var db = _database.System();
        Assert.Equal(_world.Next["6А"].Id, db.PupilMoves.Single(m => m.PupilId == _world.Pupil5B.Id).TargetClassId);
        var plan = await _admin.Wizard.LoadAsync(_world.Region.School1.Id);
        Assert.Equal([true, false, false], new[] { RolloverStep.Periods, RolloverStep.Classes, RolloverStep.Movement }.Select(s => plan![s].Done));
    }

    [Fact]
    public async Task Merge_refuses_classes_of_different_grades()
    {
        var result = await _admin.Classes.MergeAsync(PlanId, _world.Next["6А"].Id, _world.Next["10А"].Id);

        Assert.Contains("одной параллели", result.Error);
        Assert.Equal(4, (await _admin.Classes.ClassesAsync(PlanId)).Count);
    }

    [Fact]
    public async Task Split_creates_a_class_of_the_same_grade_with_the_chosen_pupils()
    {
        await _admin.Classes.MergeAsync(PlanId, _world.Next["6А"].Id, _world.Next["6Б"].Id);

        var result = await _admin.Classes.SplitAsync(PlanId, _world.Next["6А"].Id, "в", [_world.Pupil5B.Id]);

        Assert.True(result.Ok, result.Error);
        var classes = await _admin.Classes.ClassesAsync(PlanId);
        Assert.Equal(1, classes.Single(c => c.Name == "6А").Pupils);
        Assert.Equal(1, classes.Single(c => c.Name == "6В").Pupils);
        var moves = await _admin.Movement.PupilsAsync(PlanId);
        Assert.Equal("6В", moves.Single(m => m.PupilId == _world.Pupil5B.Id).TargetClass);
    }

    [Fact]
    public async Task Rename_keeps_the_pupils_and_the_class_it_continues()
    {
        var result = await _admin.Classes.RenameAsync(PlanId, _world.Next["6Б"].Id, 6, "Г");

        Assert.True(result.Ok, result.Error);
        var renamed = Assert.Single(await _admin.Classes.ClassesAsync(PlanId), c => c.Name == "6Г");
        Assert.Equal(1, renamed.Pupils);
        Assert.Equal("5Б", renamed.From);
        Assert.DoesNotContain(await _admin.Classes.ClassesAsync(PlanId), c => c.Name == "6Б");
    }

    [Fact]
    public async Task Rename_to_a_taken_name_and_delete_of_a_class_with_pupils_are_refused()
    {
        Assert.Contains("уже есть", (await _admin.Classes.RenameAsync(PlanId, _world.Next["6Б"].Id, 6, "А")).Error);
        Assert.Contains("переходят учеников: 1", (await _admin.Classes.DeleteAsync(PlanId, _world.Next["6Б"].Id)).Error);
        Assert.True((await _admin.Classes.DeleteAsync(PlanId, _world.Next["1А"].Id)).Ok);
        Assert.Equal(3, (await _admin.Classes.ClassesAsync(PlanId)).Count);
    }

    [Fact]
    public async Task A_repeater_stays_in_the_grade_and_a_promotion_goes_one_grade_up()
    {
        var sixth = await _admin.Movement.SetAsync(PlanId, _world.Pupil9.Id, new MoveChoice(PupilMoveKind.Promote, _world.Next["6А"].Id, null, null));
        Assert.Contains("переходит в 10 класс", sixth.Error);

        var repeatWrong = await _admin.Movement.SetAsync(PlanId, _world.Region.Pupil1.Id, new MoveChoice(PupilMoveKind.Repeat, _world.Next["6А"].Id, null, null));
        Assert.Contains("остаётся в 5 параллели", repeatWrong.Error);

        var fifth = await AddNextClassAsync(5, "А");
        var repeat = await _admin.Movement.SetAsync(PlanId, _world.Region.Pupil1.Id, new MoveChoice(PupilMoveKind.Repeat, fifth, null, null));
        Assert.True(repeat.Ok, repeat.Error);
        var row = (await _admin.Movement.PupilsAsync(PlanId)).Single(r => r.PupilId == _world.Region.Pupil1.Id);
        Assert.Equal(PupilMoveKind.Repeat, row.Kind);
        Assert.Equal("5А", row.TargetClass);
    }

    [Fact]
    public async Task A_graduate_needs_the_9th_or_11th_grade_a_date_and_an_order()
    {
        var noOrder = await _admin.Movement.SetAsync(PlanId, _world.Pupil9.Id, new MoveChoice(PupilMoveKind.Graduate, null, new DateOnly(2027, 6, 20), " "));
        Assert.Contains("номер приказа", noOrder.Error);
        var fifth = await _admin.Movement.SetAsync(PlanId, _world.Region.Pupil1.Id, new MoveChoice(PupilMoveKind.Graduate, null, new DateOnly(2027, 6, 20), "3"));
        Assert.Contains("9 и 11", fifth.Error);

        var ok = await _admin.Movement.SetAsync(PlanId, _world.Pupil9.Id, new MoveChoice(PupilMoveKind.Graduate, null, new DateOnly(2027, 6, 20), "12-в"));
        Assert.True(ok.Ok, ok.Error);
        var row = (await _admin.Movement.PupilsAsync(PlanId)).Single(r => r.PupilId == _world.Pupil9.Id);
        Assert.Equal((PupilMoveKind.Graduate, "12-в", (int?)null), (row.Kind!.Value, row.OrderNumber!, row.TargetClassId));
    }

    [Fact]
    public async Task A_leaver_leaves_before_the_new_year_with_a_date()
    {
        var noDate = await _admin.Movement.SetAsync(PlanId, _world.Pupil5B.Id, new MoveChoice(PupilMoveKind.Leave, null, null, null));
        Assert.Contains("дату выбытия", noDate.Error);
        var late = await _admin.Movement.SetAsync(PlanId, _world.Pupil5B.Id, new MoveChoice(PupilMoveKind.Leave, null, new DateOnly(2027, 9, 3), null));
        Assert.Contains("до начала нового", late.Error);

        var ok = await _admin.Movement.SetAsync(PlanId, _world.Pupil5B.Id, new MoveChoice(PupilMoveKind.Leave, null, new DateOnly(2027, 5, 30), "8-у"));
        Assert.True(ok.Ok, ok.Error);
        Assert.Equal(0, (await _admin.Classes.ClassesAsync(PlanId)).Single(c => c.Name == "6Б").Pupils);
    }

    [Fact]
    public async Task Graduating_a_grade_marks_every_pupil_of_it_with_the_date_and_order()
    {
        var result = await _admin.Movement.GraduateGradeAsync(PlanId, 9, new DateOnly(2027, 6, 28), "40-в");

        Assert.True(result.Ok, result.Error);
        var row = (await _admin.Movement.PupilsAsync(PlanId)).Single(r => r.PupilId == _world.Pupil9.Id);
        Assert.Equal((PupilMoveKind.Graduate, new DateOnly(2027, 6, 28), "40-в"), (row.Kind!.Value, row.LeavesOn!.Value, row.OrderNumber!));
        Assert.Equal(new DateOnly(2027, 6, 25), (await _admin.Movement.PupilsAsync(PlanId)).Single(r => r.PupilId == _world.Pupil11.Id).LeavesOn);
        Assert.Contains("9 и 11", (await _admin.Movement.GraduateGradeAsync(PlanId, 5, new DateOnly(2027, 6, 28), "40-в")).Error);
    }

    [Fact]
    public async Task Enrollment_creates_an_admitted_pupil_with_an_enrolment_move_and_refuses_a_duplicate()
    {
        var form = new EnrollmentForm
        {
            Surname = "Новикова", FirstName = "Нина", Patronymic = "Олеговна", BirthDate = new DateTime(2020, 5, 5), Gender = Gender.Female,
            TargetClassId = _world.Next["1А"].Id,
        };

        var result = await _admin.Movement.EnrollAsync(PlanId, form);

        Assert.True(result.Ok, result.Error);
        using (var db = _database.System())
        {
            var pupil = db.Pupils.Single(p => p.Name.Surname == "Новикова");
            Assert.Equal((PupilStatus.Admitted, (int?)null), (pupil.Status, pupil.CurrentClassId));
            var move = db.PupilMoves.Single(m => m.PupilId == pupil.Id);
            Assert.Equal((PupilMoveKind.Enroll, _world.Next["1А"].Id), (move.Kind, move.TargetClassId!.Value));
        }
        var row = (await _admin.Movement.PupilsAsync(PlanId)).Single(r => r.Name.StartsWith("Новикова"));
        Assert.True(row.IsNew);
        Assert.Equal("1А", row.TargetClass);

        var again = await _admin.Movement.EnrollAsync(PlanId, form);
        Assert.Contains("Такой человек уже есть", again.Error);
        using var check = _database.System();
        Assert.Equal(1, check.Pupils.Count(p => p.Name.Surname == "Новикова"));
    }

    [Fact]
    public async Task Enrollment_with_bad_input_says_what_to_fix()
    {
        var noClass = await _admin.Movement.EnrollAsync(PlanId, new EnrollmentForm
        {
            Surname = "Новиков", FirstName = "Ян", NoPatronymic = true, BirthDate = new DateTime(2020, 5, 5), Gender = Gender.Male,
        });
        Assert.Equal("Выберите класс нового года.", noClass.Error);
        var noName = await _admin.Movement.EnrollAsync(PlanId, new EnrollmentForm { FirstName = "Ян", NoPatronymic = true });
        Assert.Contains("Фамилия", noName.Error);
    }

    [Fact]
    public async Task Confirming_needs_no_blockers_and_an_edit_of_a_confirmed_step_reopens_it()
    {
        Assert.True((await _admin.Wizard.ConfirmAsync(PlanId, RolloverStep.Periods)).Ok);
        Assert.True((await _admin.Wizard.ConfirmAsync(PlanId, RolloverStep.Classes)).Ok);
        _engine.Problems.Add(new MovementProblem(_world.Pupil9.Id, "Девятов Дмитрий Дмитриевич", "9А", "нет состояния"));
        var refused = await _admin.Wizard.ConfirmAsync(PlanId, RolloverStep.Movement);
        Assert.Contains("Учеников без допустимого состояния: 1", refused.Error);

        var plan = await _admin.Wizard.LoadAsync(_world.Region.School1.Id);
        Assert.True(plan![RolloverStep.Classes].Done);

        await _admin.Classes.AddAsync(PlanId, 2, "А");

        plan = await _admin.Wizard.LoadAsync(_world.Region.School1.Id);
        Assert.False(plan![RolloverStep.Classes].Done);
        Assert.True(plan[RolloverStep.Periods].Done);
        Assert.Contains(plan[RolloverStep.Movement].Blockers, b => b.Contains("Формирование списка классов"));
    }

    [Fact]
    public async Task Periods_must_lie_inside_the_new_year_without_overlap_and_in_order()
    {
        var overlap = await _admin.Wizard.SavePeriodAsync(PlanId, null, StudyPeriodKind.Quarter, 2, new DateOnly(2027, 10, 20), new DateOnly(2027, 12, 28));
        Assert.Contains("пересекается", overlap.Error);
        var outside = await _admin.Wizard.SavePeriodAsync(PlanId, null, StudyPeriodKind.Quarter, 4, new DateOnly(2028, 4, 1), new DateOnly(2028, 9, 10));
        Assert.Contains("внутри учебного года", outside.Error);
        var disordered = await _admin.Wizard.SavePeriodAsync(PlanId, null, StudyPeriodKind.Quarter, 3, new DateOnly(2027, 8, 1), new DateOnly(2027, 8, 20));
        Assert.NotNull(disordered.Error);

        var ok = await _admin.Wizard.SavePeriodAsync(PlanId, null, StudyPeriodKind.Quarter, 2, new DateOnly(2027, 11, 5), new DateOnly(2027, 12, 28));
        Assert.True(ok.Ok, ok.Error);
        var first = (await _admin.Wizard.PeriodsAsync(PlanId))[0];
        var moved = await _admin.Wizard.SavePeriodAsync(PlanId, first.Id, first.Kind, first.Number, new DateOnly(2027, 9, 1), new DateOnly(2027, 10, 27));
        Assert.True(moved.Ok, moved.Error);
        Assert.Equal(["1 четверть 27.10.2027", "2 четверть 28.12.2027"],
            (await _admin.Wizard.PeriodsAsync(PlanId)).Select(p => $"{p.Name} {WizardDates.Format(p.EndsOn)}"));
    }

    [Fact]
    public async Task Operators_and_other_schools_cannot_change_the_plan()
    {
        var engine = new NewYearEngineDouble();
        var district = NewYearWorld.For(_database, _world.Region.District1Operator, engine);
        var other = NewYearWorld.For(_database, _world.Region.Admin2, engine);

        Assert.Contains("только администратор этой школы", (await district.Classes.AddAsync(PlanId, 2, "А")).Error);
        Assert.Contains("не найден", (await other.Movement.SetAsync(PlanId, _world.Pupil9.Id, new MoveChoice(PupilMoveKind.Leave, null, new DateOnly(2027, 5, 1), null))).Error);
        Assert.Null(await other.Wizard.LoadAsync(_world.Region.School1.Id));
        var seen = await district.Wizard.LoadAsync(_world.Region.School1.Id);
        Assert.False(seen!.CanEdit);
        Assert.Equal(4, (await district.Classes.ClassesAsync(PlanId)).Count);
        using var db = _database.System();
        Assert.Equal(4, db.Classes.Count(c => c.AcademicYearId == _world.NewYear.Id));
    }

    [Fact]
    public async Task An_opened_plan_is_not_edited()
    {
        using (var db = _database.System())
        {
            var plan = db.RolloverPlans.Single();
            foreach (var step in new[] { RolloverStep.Periods, RolloverStep.Classes, RolloverStep.Movement, RolloverStep.Holidays, RolloverStep.Staff })
                plan.Confirm(step, DateTimeOffset.UtcNow);
            plan.StartOpening(Guid.NewGuid());
            db.SaveChanges();
        }

        var result = await _admin.Classes.AddAsync(PlanId, 2, "А");

        Assert.Contains("уже открывается или открыт", result.Error);
    }

    [Fact]
    public async Task Holidays_are_assigned_to_classes_and_staff_leavers_are_marked()
    {
        Assert.True((await _admin.Calendar.AddSetAsync(PlanId, "Основной")).Ok);
        var set = Assert.Single(await _admin.Calendar.HolidaySetsAsync(PlanId));
        Assert.Contains("внутри учебного года", (await _admin.Calendar.AddHolidayAsync(PlanId, set.Id, "Летние", new DateOnly(2028, 8, 1), new DateOnly(2028, 9, 10))).Error);
        Assert.True((await _admin.Calendar.AddHolidayAsync(PlanId, set.Id, "Осенние", new DateOnly(2027, 10, 26), new DateOnly(2027, 11, 3))).Ok);
        Assert.True((await _admin.Calendar.AddHolidayAsync(PlanId, set.Id, "Зимние", new DateOnly(2027, 12, 29), new DateOnly(2028, 1, 8))).Ok);
        Assert.True((await _admin.Calendar.RemoveHolidayAsync(PlanId, set.Id, new DateOnly(2027, 12, 29))).Ok);
        Assert.Contains("нет", (await _admin.Calendar.RemoveHolidayAsync(PlanId, set.Id, new DateOnly(2027, 12, 30))).Error);
        Assert.Equal(["Осенние"], Assert.Single(await _admin.Calendar.HolidaySetsAsync(PlanId)).Holidays.Select(h => h.Name));
        Assert.True((await _admin.Calendar.AssignAsync(PlanId, set.Id, [_world.Next["6А"].Id, _world.Next["1А"].Id])).Ok);
        set = Assert.Single(await _admin.Calendar.HolidaySetsAsync(PlanId));
        Assert.Equal(["1А", "6А"], set.Classes);
        var plan = await _admin.Wizard.LoadAsync(_world.Region.School1.Id);
        Assert.Contains("Классов без набора каникул: 2.", plan![RolloverStep.Holidays].Blockers);

        using (var db = _database.System())
        {
            var subject = new Subject(_world.Region.School1.Id, "Литература");
            db.Subjects.Add(subject);
            db.SaveChanges();
            db.Workloads.Add(new Workload(_world.Region.School1.Id, _world.NewYear.Id, _world.Next["6А"].Id, subject.Id, _world.Teacher.Id, 2));
            db.SaveChanges();
        }
        Assert.True((await _admin.Calendar.SetLeaverAsync(PlanId, _world.Teacher.Id, true, new DateOnly(2027, 8, 31))).Ok);
        Assert.Equal(new DateOnly(2027, 8, 31), Assert.Single(await _admin.Calendar.StaffAsync(PlanId)).LeavesOn);
        plan = await _admin.Wizard.LoadAsync(_world.Region.School1.Id);
        Assert.Contains(plan![RolloverStep.Staff].Blockers, b => b.Contains("нет сотрудников"));
        // The drafted workload of a leaver must go to someone else first.
        Assert.Contains(plan[RolloverStep.Staff].Blockers, b => b.Contains("Нагрузка нового года у уходящих сотрудников: 1"));
        Assert.True((await _admin.Calendar.SetLeaverAsync(PlanId, _world.Teacher.Id, false, null)).Ok);
        Assert.Null(Assert.Single(await _admin.Calendar.StaffAsync(PlanId)).LeavesOn);
    }

    private async Task<int> AddNextClassAsync(int grade, string letter)
    {
        Assert.True((await _admin.Classes.AddAsync(PlanId, grade, letter)).Ok);
        using var db = _database.System();
        return await db.Classes.Where(c => c.AcademicYearId == _world.NewYear.Id && c.Grade == grade && c.Letter == letter).Select(c => c.Id).SingleAsync();
    }
}
