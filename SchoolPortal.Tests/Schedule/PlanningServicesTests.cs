using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Components.Shared;
using SchoolPortal.Features.Schedule;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Domain.Journal;

namespace SchoolPortal.Tests.Schedule;

/// <summary>Subjects, workload with groups, and bells of Планирование.</summary>
public sealed class PlanningServicesTests : IDisposable
{
    private static readonly TimeProvider Clock = ManualClock.On(TestRegion.Today);

    private readonly TestDatabase _database = new();
    private readonly ScheduleWorld _world;

    public PlanningServicesTests() => _world = ScheduleWorld.Create(_database);

    public void Dispose() => _database.Dispose();

    private SubjectService Subjects(Infrastructure.Access.PortalUser user) => new(_database.For(user));
    private WorkloadService Workload(Infrastructure.Access.PortalUser user) => new(_database.For(user), Clock);
    private BellService Bells(Infrastructure.Access.PortalUser user) => new(_database.For(user));

    [Fact]
    public async Task A_subject_name_is_unique_in_the_school_whatever_the_letter_case()
    {
        var result = await Subjects(_world.Admin1).SaveAsync(new SubjectForm { Name = "  математика " });
        var inOtherSchool = await Subjects(_world.Admin2).SaveAsync(new SubjectForm { Name = "Физика", Grading = GradingScale.PassFail });

        Assert.Equal("Предмет «математика» уже есть в этой школе.", result.Errors[SubjectForm.NameField]);
        Assert.True(inOtherSchool.Succeeded);
        Assert.Equal(["Математика", "Физика"], (await Subjects(_world.Admin2).ListAsync()).Select(s => s.Name));
        Assert.Equal("Зачёт / незачёт", (await Subjects(_world.Admin2).ListAsync())[1].GradingName);
    }

    [Fact]
    public async Task A_subject_in_use_cannot_be_deleted_and_an_unused_one_can()
    {
        await Workload(_world.Admin1).SaveAsync(new WorkloadForm
        {
            ClassId = _world.Class5A.Id, SubjectId = _world.Math.Id, TeacherId = _world.Ivanova.Id, HoursPerWeek = 5,
        });

        var refused = await Subjects(_world.Admin1).DeleteAsync(_world.Math.Id);
        var deleted = await Subjects(_world.Admin1).DeleteAsync(_world.Russian.Id);

        Assert.Equal("Предмет «Математика» нельзя удалить: он используется в учебной нагрузке. Сначала уберите его оттуда.",
            refused.Errors[FieldErrors.General]);
        Assert.True(deleted.Succeeded);
        var rows = await Subjects(_world.Admin1).ListAsync();
        Assert.Equal(["Английский язык", "Математика"], rows.Select(r => r.Name));
        Assert.True(rows.Single(r => r.Name == "Математика").InUse);
    }

    [Fact]
    public async Task Teachers_read_subjects_but_cannot_change_them()
    {
        var result = await Subjects(_world.TeacherIvanova).SaveAsync(new SubjectForm { Name = "Физика" });

        Assert.Equal(ScheduleAccess.AdminOnly, result.Errors[FieldErrors.General]);
        Assert.Equal(3, (await Subjects(_world.TeacherIvanova).ListAsync()).Count);
    }

    [Fact]
    public async Task A_subject_of_a_class_is_either_for_the_whole_class_or_split_into_distinct_groups()
    {
        var workload = Workload(_world.Admin1);
        WorkloadForm English(int? group, Domain.Staff.Employee teacher) => new()
        {
            ClassId = _world.Class5A.Id, SubjectId = _world.English.Id, TeacherId = teacher.Id, HoursPerWeek = 3, Group = group,
        };

        var group1 = await workload.SaveAsync(English(1, _world.Petrova));
        var group2 = await workload.SaveAsync(English(2, _world.Sidorova));
        var twin = await workload.SaveAsync(English(2, _world.Ivanova));
        var wholeClass = await workload.SaveAsync(English(null, _world.Ivanova));

        Assert.True(group1.Succeeded && group2.Succeeded);
        Assert.Equal("«Английский язык» в 5А: группа 2 уже есть в нагрузке.", twin.Errors[WorkloadForm.GroupField]);
        Assert.Equal("«Английский язык» в 5А уже разделён на группы: укажите номер группы.", wholeClass.Errors[WorkloadForm.GroupField]);
        var rows = await workload.ListAsync(_world.Class5A.Id);
        Assert.Equal(["группа 1", "группа 2"], rows.Select(r => r.GroupName));
        Assert.Equal(["Петрова О. И.", "Сидорова О. И."], rows.Select(r => r.TeacherName));
    }

    [Fact]
    public async Task Workload_hours_and_teacher_are_checked()
    {
        var result = await Workload(_world.Admin1).SaveAsync(new WorkloadForm
        {
            ClassId = _world.Class5A.Id, SubjectId = _world.Math.Id, TeacherId = _world.Vtorova.Id, HoursPerWeek = 0,
        });

        Assert.Equal("Выберите учителя из сотрудников школы.", result.Errors[WorkloadForm.TeacherField]);

        var hours = await Workload(_world.Admin1).SaveAsync(new WorkloadForm
        {
            ClassId = _world.Class5A.Id, SubjectId = _world.Math.Id, TeacherId = _world.Ivanova.Id, HoursPerWeek = 20,
        });
        Assert.Equal("Часов в неделю: больше 0 и не больше 12.", hours.Errors[WorkloadForm.HoursField]);
    }

    [Fact]
    public async Task Pupils_of_a_split_class_are_put_into_the_groups_of_the_workload()
    {
        var workload = Workload(_world.Admin1);
        await workload.SaveAsync(new WorkloadForm { ClassId = _world.Class5A.Id, SubjectId = _world.English.Id, TeacherId = _world.Petrova.Id, HoursPerWeek = 3, Group = 1 });
        await workload.SaveAsync(new WorkloadForm { ClassId = _world.Class5A.Id, SubjectId = _world.English.Id, TeacherId = _world.Sidorova.Id, HoursPerWeek = 3, Group = 2 });
        var pupil = _world.Region.Pupil1.Id;

        var wrongGroup = await workload.SaveGroupsAsync(_world.Class5A.Id, _world.English.Id, new Dictionary<int, int?> { [pupil] = 3 });
        var saved = await workload.SaveGroupsAsync(_world.Class5A.Id, _world.English.Id, new Dictionary<int, int?> { [pupil] = 2 });
        var split = await workload.GroupsAsync(_world.Class5A.Id, _world.English.Id);
        var notSplit = await workload.SaveGroupsAsync(_world.Class5A.Id, _world.Math.Id, new Dictionary<int, int?> { [pupil] = 1 });

        Assert.Equal("Группы 3 нет в нагрузке по этому предмету: есть группы 1, 2.", wrongGroup.Errors[FieldErrors.General]);
        Assert.True(saved.Succeeded);
        Assert.Equal([1, 2], split!.Groups);
        Assert.Equal(("Иванов Пётр Сергеевич", 2), (split.Pupils.Single().FullName, split.Pupils.Single().Group));
        Assert.False(notSplit.Succeeded);
        await using var db = _database.System();
        Assert.Equal(2, (await db.GroupMembers.SingleAsync()).Group);
    }

    [Fact]
    public async Task Deleting_a_group_line_takes_its_pupils_out_of_that_group()
    {
        var workload = Workload(_world.Admin1);
        await workload.SaveAsync(new WorkloadForm { ClassId = _world.Class5A.Id, SubjectId = _world.English.Id, TeacherId = _world.Petrova.Id, HoursPerWeek = 3, Group = 1 });
        await workload.SaveGroupsAsync(_world.Class5A.Id, _world.English.Id, new Dictionary<int, int?> { [_world.Region.Pupil1.Id] = 1 });
        var line = (await workload.ListAsync(null)).Single();

        var result = await workload.DeleteAsync(line.Id);

        Assert.True(result.Succeeded);
        await using var db = _database.System();
        Assert.Empty(await db.GroupMembers.ToListAsync());
    }

    [Fact]
    public async Task A_school_without_bells_gets_the_standard_ones_once()
    {
        var first = await Bells(_world.Admin1).ListAsync();
        var second = await Bells(_world.TeacherIvanova).ListAsync();

        Assert.Equal(8, first.Count);
        Assert.Equal(first.Select(b => b.Id), second.Select(b => b.Id));
        Assert.Equal("14:45–15:30", first[^1].Text);
    }

    [Fact]
    public async Task A_bell_may_not_overlap_its_neighbours_and_times_must_be_typed_as_hours_and_minutes()
    {
        var bells = Bells(_world.Admin1);
        var second = (await bells.ListAsync())[1];

        var overlap = await bells.SaveAsync(new BellForm { Id = second.Id, Number = 2, StartsAt = "08:30", EndsAt = "09:15" });
        var typo = await bells.SaveAsync(new BellForm { Number = 9, StartsAt = "15.40", EndsAt = "16:25" });
        var ninth = await bells.SaveAsync(new BellForm { Number = 9, StartsAt = "15:40", EndsAt = "16:25" });
        var twin = await bells.SaveAsync(new BellForm { Number = 9, StartsAt = "16:40", EndsAt = "17:25" });

        Assert.Contains("Урок 2 (08:30–09:15) начинается раньше, чем заканчивается урок 1", overlap.Errors[BellForm.StartsAtField]);
        Assert.Equal("Время — часы и минуты через двоеточие, например 08:30.", typo.Errors[BellForm.StartsAtField]);
        Assert.True(ninth.Succeeded, string.Join("; ", ninth.Errors.Values));
        Assert.False(twin.Succeeded);
        Assert.Equal("08:55–09:40", (await bells.ListAsync())[1].Text);
    }

    [Fact]
    public async Task A_bell_used_by_the_timetable_cannot_be_deleted()
    {
        var bells = Bells(_world.Admin1);
        var list = await bells.ListAsync();
        await _world.Timetable(_world.Admin1, Clock).SaveEntryAsync(_world.Entry(_world.Class5A, DayOfWeek.Monday, 8, _world.Math, _world.Ivanova));

        var refused = await bells.DeleteAsync(list[^1].Id);
        var deleted = await bells.DeleteAsync(list[^2].Id);

        Assert.Equal("Урок 8 есть в расписании уроков классов: сначала уберите его оттуда.", refused.Errors[FieldErrors.General]);
        Assert.True(deleted.Succeeded);
    }
}
