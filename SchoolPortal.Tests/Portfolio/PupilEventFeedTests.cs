using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Features.Schedule;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Portfolio;

/// <summary>«Вызов в школу родителей» and «Встреча с учителем»: for chosen pupils, seen only by those pupils' families.</summary>
public sealed class PupilEventFeedTests : IDisposable
{
    private readonly PortfolioWorld _w = new();

    public void Dispose() => _w.Dispose();

    private PupilEventService Events(Infrastructure.Access.PortalUser user) => new(_w.Database.For(user), ManualClock.On(TestRegion.Today));

    [Fact]
    public async Task A_call_to_school_shows_in_that_family_feed_and_never_in_another_family_feed()
    {
        var saved = await Events(_w.Region.Admin1).CreateAsync([_w.Ivanov.Id], PupilEventKind.ParentsCalled, TestRegion.Today.AddDays(2),
            new TimeOnly(15, 30), "Поведение на уроках");

        Assert.True(saved.Succeeded);
        var mine = (await _w.Service(_w.Mother).PortfolioAsync(_w.Ivanov.Id)).Events.Single(e => e.Kind == "Вызов в школу родителей");
        Assert.Equal((TestRegion.Today.AddDays(2), new TimeOnly(15, 30), "Поведение на уроках"), (mine.Date, mine.StartsAt, mine.Description));
        var other = (await _w.Service(_w.Father).PortfolioAsync(_w.Andreev.Id)).Events;
        Assert.DoesNotContain(other, e => e.Kind == "Вызов в школу родителей" || e.Description == "Поведение на уроках");
    }

    [Fact]
    public async Task A_teacher_of_school_1_cannot_call_a_pupil_of_school_2()
    {
        var result = await Events(_w.TeacherUser).CreateAsync([_w.Region.Pupil2.Id], PupilEventKind.TeacherMeeting, TestRegion.Today.AddDays(1), null, null);

        Assert.False(result.Succeeded);
        Assert.Equal(PupilEventService.NotYourPupil, result.Errors["pupils"]);
        using var db = _w.Database.System();
        Assert.Empty(db.PupilEvents);
    }

    [Fact]
    public async Task A_teacher_cannot_call_a_pupil_of_a_class_they_do_not_teach_but_may_their_own()
    {
        int stranger;
        using (var db = _w.Database.System())
        {
            var other = new SchoolClass(_w.Region.School1.Id, _w.Region.Class1.AcademicYearId, new GradeLevel(7), "В");
            db.Classes.Add(other);
            // The teacher teaches English in Ivanov's 5А (their workload), nothing in 7В.
            db.Workloads.Add(new Workload(_w.Region.School1.Id, _w.Region.Class1.AcademicYearId, _w.Ivanov.CurrentClassId!.Value, _w.English.Id, _w.Teacher.Id, 2));
            db.SaveChanges();
            var pupil = TestRegion.NewPupil(_w.Region.School1.Id, "Чужов", "Олег", null, Gender.Male);
            pupil.EnrollIn(other, new DateOnly(2026, 9, 1));
            db.Pupils.Add(pupil);
            db.SaveChanges();
            stranger = pupil.Id;
        }
        var events = Events(_w.TeacherUser);

        var refused = await events.CreateAsync([_w.Ivanov.Id, stranger], PupilEventKind.TeacherMeeting, TestRegion.Today.AddDays(1), null, null);
        var own = await events.CreateAsync([_w.Ivanov.Id], PupilEventKind.TeacherMeeting, TestRegion.Today.AddDays(1), null, "Об олимпиаде");

        Assert.Equal(PupilEventService.NotYourPupil, refused.Errors["pupils"]);
        Assert.True(own.Succeeded, string.Join(" ", own.Errors.Values));
        Assert.DoesNotContain(await events.ChoicesAsync(), c => c.PupilId == stranger);
        Assert.Equal(["Встреча с учителем"], (await events.UpcomingAsync()).Select(r => r.KindName));
    }

    [Fact]
    public async Task A_date_in_the_past_and_no_pupils_are_refused()
    {
        var events = Events(_w.Region.Admin1);

        Assert.Equal("Дата уже прошла.", (await events.CreateAsync([_w.Ivanov.Id], PupilEventKind.ParentsCalled, TestRegion.Today.AddDays(-1), null, null)).Errors["date"]);
        Assert.Equal("Выберите учеников.", (await events.CreateAsync([], PupilEventKind.ParentsCalled, TestRegion.Today, null, null)).Errors["pupils"]);
    }
}
