using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Features.Enrollment;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Enrollment;

public sealed class ApplicationStatusServiceTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly EnrollmentWorld _world;

    public ApplicationStatusServiceTests() => _world = EnrollmentWorld.Create(_database);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Registering_and_reviewing_an_epgu_application_writes_history_and_one_status_message_per_change()
    {
        var application = _world.Application(ApplicationStatus.New);
        var services = _world.For(_world.Region.Admin1);

        Assert.True((await services.Status.RegisterAsync(application.Id)).Ok);
        var reviewed = await services.Status.TakeForReviewAsync(application.Id, "Документы проверены");

        Assert.True(reviewed.Ok, reviewed.Message);
        using var db = _database.System();
        var saved = await db.EnrollmentApplications.Include(a => a.History).SingleAsync(a => a.Id == application.Id);
        Assert.Equal(ApplicationStatus.UnderReview, saved.Status);
        Assert.Equal([ApplicationStatus.New, ApplicationStatus.Registered, ApplicationStatus.UnderReview], saved.History.OrderBy(h => h.Id).Select(h => h.Status));
        Assert.Equal("Админ школы 1 (admin1)", saved.History.OrderBy(h => h.Id).Last().By);
        var messages = await db.EpguStatusMessages.Where(m => m.ApplicationId == application.Id).OrderBy(m => m.Id).ToListAsync();
        Assert.Equal([EpguStatusCodes.Registered, EpguStatusCodes.UnderReview], messages.Select(m => m.Code));
        Assert.All(messages, m => Assert.Equal(application.EpguOrderId, m.EpguOrderId));
        Assert.Contains("Документы проверены", messages[1].Comment);
        Assert.True(await db.AuditLog.AnyAsync(e => e.EntityType == nameof(EnrollmentApplication) && e.EntityId == application.Id && e.ActorLogin == "admin1"));
    }

    [Fact]
    public async Task A_paper_application_changes_status_without_an_epgu_message()
    {
        var application = _world.Application(ApplicationStatus.Registered, fromEpgu: false);

        var result = await _world.For(_world.Region.Admin1).Status.TakeForReviewAsync(application.Id);

        Assert.True(result.Ok, result.Message);
        using var db = _database.System();
        Assert.False(await db.EpguStatusMessages.AnyAsync());
    }

    [Fact]
    public async Task Directing_a_first_stage_application_before_the_directing_day_is_refused_with_the_rule()
    {
        var application = _world.Application(ApplicationStatus.UnderReview);

        var result = await _world.For(_world.Region.Admin1, new DateOnly(2027, 6, 30)).Status.DirectAsync(application.Id);

        Assert.False(result.Ok);
        Assert.Contains("Направлен в ООО", result.Message);
        Assert.Contains("01.07.2027", result.Message);
        using var db = _database.System();
        Assert.Equal(ApplicationStatus.UnderReview, (await db.EnrollmentApplications.SingleAsync(a => a.Id == application.Id)).Status);
        Assert.False(await db.EpguStatusMessages.AnyAsync());
    }

    [Fact]
    public async Task Directing_on_the_directing_day_is_allowed()
    {
        var application = _world.Application(ApplicationStatus.UnderReview);

        var result = await _world.For(_world.Region.Admin1, new DateOnly(2027, 7, 1)).Status.DirectAsync(application.Id);

        Assert.True(result.Ok, result.Message);
    }

    [Fact]
    public async Task Refusal_needs_a_reason_and_tells_the_parent_where_to_go()
    {
        var application = _world.Application(ApplicationStatus.UnderReview);
        var status = _world.For(_world.Region.Admin1).Status;

        var without = await status.RefuseAsync(application.Id, null);
        var with = await status.RefuseAsync(application.Id, RefusalReason.NoPlaces);

        Assert.False(without.Ok);
        Assert.Contains("причину отказа", without.Message);
        Assert.True(with.Ok, with.Message);
        using var db = _database.System();
        var message = await db.EpguStatusMessages.SingleAsync(m => m.ApplicationId == application.Id);
        Assert.Equal(EpguStatusCodes.Refused, message.Code);
        Assert.Contains("орган местного самоуправления", message.Comment);
    }

    [Fact]
    public async Task Another_schools_administrator_neither_sees_nor_moves_the_application()
    {
        var application = _world.Application(ApplicationStatus.New);
        var attacker = _world.For(_world.Region.Admin2);

        var list = await attacker.List.ListAsync(new ApplicationFilter());
        var searched = await attacker.List.ListAsync(new ApplicationFilter { Search = application.EpguOrderId!.Value.ToString() });
        var card = await attacker.Card.CardAsync(application.Id);
        var register = await attacker.Status.RegisterAsync(application.Id);
        var refuse = await attacker.Status.RefuseAsync(application.Id, RefusalReason.NoPlaces);

        Assert.Empty(list.Rows);
        Assert.Equal(0, searched.Total);
        Assert.Null(card);
        Assert.False(register.Ok);
        Assert.False(refuse.Ok);
        using var db = _database.System();
        Assert.Equal(ApplicationStatus.New, (await db.EnrollmentApplications.SingleAsync(a => a.Id == application.Id)).Status);
        Assert.False(await db.EpguStatusMessages.AnyAsync());
    }

    [Fact]
    public async Task Operators_read_applications_of_their_scope_but_do_not_change_statuses()
    {
        var application = _world.Application(ApplicationStatus.New);
        var district1 = _world.For(_world.Region.District1Operator);

        var card = await district1.Card.CardAsync(application.Id);

        Assert.NotNull(card);
        Assert.Empty(card.Actions);
        await Assert.ThrowsAsync<AccessDeniedException>(() => district1.Status.RegisterAsync(application.Id));
    }

    [Fact]
    public async Task Teacher_cannot_open_the_applications()
    {
        _world.Application(ApplicationStatus.New);
        var teacher = new PortalUser(2001, "teacher1", "Учитель", Domain.Accounts.Role.Teacher, _world.Region.School1.Id, null);

        await Assert.ThrowsAsync<AccessDeniedException>(() => _world.For(teacher).List.ListAsync(new ApplicationFilter()));
    }

    [Fact]
    public async Task District_operator_lists_the_districts_applications_and_the_region_operator_all()
    {
        var own = _world.Application(ApplicationStatus.New, "Агеев", certificate: "100001");
        var other = _world.Application(ApplicationStatus.New, "Борисов", certificate: "100002", schoolId: _world.Region.School2.Id);

        var district = await _world.For(_world.Region.District1Operator).List.ListAsync(new ApplicationFilter());
        var region = await _world.For(_world.Region.RegionOperator).List.ListAsync(new ApplicationFilter());
        var otherCard = await _world.For(_world.Region.District1Operator).Card.CardAsync(other.Id);

        Assert.Equal([own.Id], district.Rows.Select(r => r.Id));
        Assert.Equal([own.Id, other.Id], region.Rows.Select(r => r.Id).Order());
        Assert.Null(otherCard);
    }
}
