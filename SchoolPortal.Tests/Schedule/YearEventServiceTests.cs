using SchoolPortal.Domain.Schedule;
using SchoolPortal.Components.Shared;
using SchoolPortal.Features.Schedule;
using SchoolPortal.Tests.TestKit;
using F = SchoolPortal.Features.Schedule.YearEventForm;
using SchoolPortal.Domain.Journal;

namespace SchoolPortal.Tests.Schedule;

public sealed class YearEventServiceTests : IDisposable
{
    private static readonly TimeProvider Clock = ManualClock.On(TestRegion.Today);
    private static readonly DateOnly December = new(2026, 12, 1);

    private readonly TestDatabase _database = new();
    private readonly ScheduleWorld _world;

    public YearEventServiceTests() => _world = ScheduleWorld.Create(_database);

    public void Dispose() => _database.Dispose();

    private YearEventService Events(Infrastructure.Access.PortalUser user) => new(_database.For(user), Clock);

    private F Meeting() => new()
    {
        Kind = YearEventKind.ParentMeeting,
        Title = "Родительское собрание 5-х классов",
        Date = new DateOnly(2026, 12, 17),
        StartsAt = "18:30",
        Audience = EventAudience.Classes,
        ClassIds = [_world.Class5B.Id, _world.Class5A.Id],
        Description = "Итоги второй четверти",
    };

    [Fact]
    public async Task Events_are_listed_by_month_with_time_and_audience()
    {
        var events = Events(_world.Admin1);
        Assert.True((await events.SaveAsync(Meeting())).Succeeded);
        Assert.True((await events.SaveAsync(new F { Title = "Новогодний концерт", Date = new DateOnly(2026, 12, 25), Audience = EventAudience.WholeSchool })).Succeeded);
        Assert.True((await events.SaveAsync(new F { Title = "Контрольная по математике", Kind = YearEventKind.ControlWork, Date = new DateOnly(2027, 1, 20), Audience = EventAudience.Grades, Grades = [5] })).Succeeded);

        var december = await events.ListAsync(December);

        Assert.Equal(["Родительское собрание 5-х классов", "Новогодний концерт"], december.Select(e => e.Title));
        Assert.Equal(("Родительское собрание", "Классы: 5А, 5Б", "Чт, 17.12.2026, 18:30"), (december[0].KindName, december[0].AudienceText, december[0].When));
        Assert.Equal("Вся школа", december[1].AudienceText);
        Assert.Equal("Параллели: 5", Assert.Single(await events.ListAsync(new DateOnly(2027, 1, 1))).AudienceText);
    }

    [Fact]
    public async Task An_event_is_edited_and_deleted_by_the_admin()
    {
        var events = Events(_world.Admin1);
        var id = (await events.SaveAsync(Meeting())).Id!.Value;
        var form = (await events.LoadAsync(id))!;
        form.Audience = EventAudience.WholeSchool;
        form.StartsAt = "";

        Assert.True((await events.SaveAsync(form)).Succeeded);
        var row = Assert.Single(await events.ListAsync(December));
        Assert.Equal(("Вся школа", (TimeOnly?)null), (row.AudienceText, row.StartsAt));
        Assert.True((await events.DeleteAsync(id)).Succeeded);
        Assert.Empty(await events.ListAsync(December));
    }

    [Fact]
    public async Task The_form_explains_what_is_wrong()
    {
        var events = Events(_world.Admin1);
        var noTitle = Meeting();
        noTitle.Title = " ";
        noTitle.StartsAt = "25:00";
        var noClasses = Meeting();
        noClasses.ClassIds = [];
        var otherYear = Meeting();
        otherYear.Date = new DateOnly(2028, 3, 1);
        var foreignClass = Meeting();
        foreignClass.ClassIds = [_world.Region.Class2.Id];

        Assert.Equal("Время — часы и минуты через двоеточие, например 08:30.", (await events.SaveAsync(noTitle)).Errors[F.TimeField]);
        noTitle.StartsAt = null;
        Assert.Equal("Укажите название события.", (await events.SaveAsync(noTitle)).Errors[F.TitleField]);
        Assert.Equal("Выберите классы.", (await events.SaveAsync(noClasses)).Errors[F.AudienceField]);
        Assert.StartsWith("Учебный год 2027/2028 в школе не создан", (await events.SaveAsync(otherYear)).Errors[F.DateField]);
        Assert.Equal("Выберите классы своей школы из учебного года события.", (await events.SaveAsync(foreignClass)).Errors[F.AudienceField]);
    }

    [Fact]
    public async Task Teachers_read_events_and_another_school_sees_none()
    {
        await Events(_world.Admin1).SaveAsync(Meeting());

        var byTeacher = await Events(_world.TeacherIvanova).SaveAsync(Meeting());

        Assert.Equal(ScheduleAccess.AdminOnly, byTeacher.Errors[FieldErrors.General]);
        Assert.Single(await Events(_world.TeacherIvanova).ListAsync(December));
        Assert.Empty(await Events(_world.Admin2).ListAsync(December));
    }
}
