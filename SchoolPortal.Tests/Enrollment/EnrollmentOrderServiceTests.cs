using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Features.Enrollment;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Enrollment;

public sealed class EnrollmentOrderServiceTests : IDisposable
{
    private static readonly string[] Surnames = ["Агеев", "Борисов", "Власов", "Громов", "Дёмин"];

    private readonly TestDatabase _database = new();
    private readonly EnrollmentWorld _world;

    public EnrollmentOrderServiceTests() => _world = EnrollmentWorld.Create(_database);

    public void Dispose() => _database.Dispose();

    private List<EnrollmentApplication> FiveDirected(int? youngAt = null) =>
        Surnames.Select((s, i) => _world.Application(ApplicationStatus.Directed, s, certificate: $"20000{i}",
            // Born 01.06.2021: 6 years 3 months on 01.09.2027, admitted only with the founder's permission.
            birthDate: i == youngAt ? new DateOnly(2021, 6, 1) : null)).ToList();

    [Fact]
    public async Task Order_enrols_every_child_into_next_years_first_grade_in_one_go()
    {
        var applications = FiveDirected();

        var result = await _world.For(_world.Region.Admin1).Orders.IssueAsync(
            new OrderForm("12-з", EnrollmentWorld.Today, _world.FirstGradeNext.Id, applications.Select(a => a.Id).ToList()));

        Assert.True(result.Ok, result.Message);
        Assert.Contains("зачислено детей — 5", result.Message);
        using var db = _database.System();
        var enrolled = await db.EnrollmentApplications.Where(a => a.Status == ApplicationStatus.Enrolled).ToListAsync();
        Assert.Equal(5, enrolled.Count);
        var pupils = await db.Pupils.Where(p => enrolled.Select(a => a.PupilId).Contains(p.Id)).ToListAsync();
        Assert.Equal(5, pupils.Count);
        Assert.All(pupils, p => Assert.Equal((PupilStatus.Admitted, _world.Region.School1.Id), (p.Status, p.SchoolId)));
        Assert.Equal(5, await db.PupilMoves.CountAsync(m => m.PlanId == _world.Plan.Id && m.Kind == PupilMoveKind.Enroll
            && m.TargetClassId == _world.FirstGradeNext.Id));
        Assert.Equal(5, await db.EpguStatusMessages.CountAsync(m => m.Code == EpguStatusCodes.ServiceRendered));
        var order = await db.EnrollmentOrders.Include(o => o.Lines).SingleAsync();
        Assert.Equal(("12-з", "1А", true, false), (order.Number, order.ClassName, order.FromNewYear, order.IsLate));
        Assert.Equal(5, order.Lines.Count);
        Assert.True(await db.AuditLog.AnyAsync(e => e.EntityType == nameof(EnrollmentOrder) && e.EntityId == order.Id));
        Assert.Equal(5, await db.AuditLog.CountAsync(e => e.EntityType == nameof(Pupil) && e.Action == Domain.Audit.AuditAction.Created && e.ActorLogin == "admin1"));
        var lines = await _world.For(_world.Region.Admin1).Orders.LinesAsync(order.Id);
        Assert.Equal(Surnames, lines.Select(l => l.ChildName.Split(' ')[0]));
        Assert.Empty(await _world.For(_world.Region.Admin2).Orders.LinesAsync(order.Id));
        Assert.Empty(await _world.For(_world.Region.Admin2).Orders.OrdersAsync());
    }

    [Fact]
    public async Task When_the_third_of_five_children_cannot_be_enrolled_nobody_is_and_the_refusal_names_the_child()
    {
        var applications = FiveDirected(youngAt: 2);

        var result = await _world.For(_world.Region.Admin1).Orders.IssueAsync(
            new OrderForm("12-з", EnrollmentWorld.Today, _world.FirstGradeNext.Id, applications.Select(a => a.Id).ToList()));

        Assert.False(result.Ok);
        Assert.StartsWith("Власов Артём Игоревич", result.Message);
        Assert.Contains("разрешения учредителя", result.Message);
        Assert.Contains("никто не зачислен", result.Message);
        using var db = _database.System();
        Assert.All(await db.EnrollmentApplications.ToListAsync(), a => Assert.Equal(ApplicationStatus.Directed, a.Status));
        Assert.Equal(2, await db.Pupils.CountAsync());
        Assert.False(await db.PupilMoves.AnyAsync());
        Assert.False(await db.EnrollmentOrders.AnyAsync());
        Assert.False(await db.EpguStatusMessages.AnyAsync());
        Assert.False(await db.AuditLog.AnyAsync(e => e.EntityType == nameof(Pupil) && e.Action == Domain.Audit.AuditAction.Created && e.ActorLogin == "admin1"));
    }

    [Fact]
    public async Task Order_after_the_deadline_is_issued_and_flagged_late()
    {
        var application = _world.Application(ApplicationStatus.Directed);
        var lateDay = new DateOnly(2027, 7, 6);

        var result = await _world.For(_world.Region.Admin1, lateDay).Orders.IssueAsync(
            new OrderForm("13-з", lateDay, _world.FirstGradeNext.Id, [application.Id]));

        Assert.True(result.Ok, result.Message);
        Assert.Contains("позже срока (05.07.2027)", result.Message);
        using var db = _database.System();
        var order = await db.EnrollmentOrders.SingleAsync();
        Assert.True(order.IsLate);
        Assert.Equal(new DateOnly(2027, 7, 5), order.Deadline);
    }

    [Fact]
    public async Task Order_may_not_take_an_application_of_another_school()
    {
        var own = _world.Application(ApplicationStatus.Directed, "Агеев", certificate: "200001");
        var foreign = _world.Application(ApplicationStatus.Directed, "Чужой", certificate: "200009", schoolId: _world.Region.School2.Id);

        var result = await _world.For(_world.Region.Admin1).Orders.IssueAsync(
            new OrderForm("12-з", EnrollmentWorld.Today, _world.FirstGradeNext.Id, [own.Id, foreign.Id]));

        Assert.False(result.Ok);
        Assert.Contains("другой школе", result.Message);
        using var db = _database.System();
        Assert.Equal(ApplicationStatus.Directed, (await db.EnrollmentApplications.SingleAsync(a => a.Id == foreign.Id)).Status);
        Assert.False(await db.EnrollmentOrders.AnyAsync());
    }

    [Fact]
    public async Task Order_into_another_schools_class_is_refused()
    {
        var application = _world.Application(ApplicationStatus.Directed);

        var result = await _world.For(_world.Region.Admin1).Orders.IssueAsync(
            new OrderForm("12-з", EnrollmentWorld.Today, _world.Region.Class2.Id, [application.Id]));

        Assert.False(result.Ok);
        Assert.Contains("Класс не найден в вашей школе", result.Message);
    }

    [Fact]
    public async Task Application_not_yet_directed_stops_the_order()
    {
        var application = _world.Application(ApplicationStatus.UnderReview);

        var result = await _world.For(_world.Region.Admin1).Orders.IssueAsync(
            new OrderForm("12-з", EnrollmentWorld.Today, _world.FirstGradeNext.Id, [application.Id]));

        Assert.False(result.Ok);
        Assert.Contains("только заявления «Направлен в ООО»", result.Message);
    }

    [Fact]
    public async Task A_child_who_left_school_2_is_enrolled_with_the_same_card_not_a_second_one()
    {
        int leaverId;
        using (var db = _database.System())
        {
            var leaver = TestRegion.NewPupil(_world.Region.School2.Id, "Смирнов", "Артём", "Игоревич", Gender.Male);
            leaver.ChangeBirth(new DateOnly(2020, 10, 10), Gender.Male, TestRegion.Today);
            leaver.ChangeDocuments(IdentityDocument.BirthCertificate("IV-ИВ", "123456"), null);
            db.Pupils.Add(leaver);
            db.SaveChanges();
            leaver.Withdraw(new DateOnly(2026, 12, 1), "в другой регион");
            db.SaveChanges();
            leaverId = leaver.Id;
        }
        var application = _world.Application(ApplicationStatus.Directed, "Смирнов", certificate: "123456");

        var result = await _world.For(_world.Region.Admin1).Orders.IssueAsync(
            new OrderForm("12-з", EnrollmentWorld.Today, _world.FirstGradeNext.Id, [application.Id]));

        Assert.True(result.Ok, result.Message);
        using var check = _database.System();
        Assert.Equal(1, await check.Pupils.CountAsync(p => p.Name.Surname == "Смирнов"));
        var card = await check.Pupils.SingleAsync(p => p.Id == leaverId);
        Assert.Equal((_world.Region.School1.Id, PupilStatus.Admitted), (card.SchoolId, card.Status));
        Assert.Equal(leaverId, (await check.EnrollmentApplications.SingleAsync(a => a.Id == application.Id)).PupilId);
        var departure = await check.SchoolDepartures.SingleAsync();
        Assert.Equal((_world.Region.School2.Id, leaverId), (departure.SchoolId, departure.PupilId));
    }

    [Fact]
    public async Task A_child_studying_in_another_school_is_not_taken_by_a_first_grade_order()
    {
        using (var db = _database.System())
        {
            var pupil = TestRegion.NewPupil(_world.Region.School2.Id, "Смирнов", "Артём", "Игоревич", Gender.Male);
            pupil.ChangeDocuments(IdentityDocument.BirthCertificate("IV-ИВ", "123456"), null);
            db.Pupils.Add(pupil);
            db.SaveChanges();
            pupil.EnrollIn(_world.Region.Class2, new DateOnly(2026, 9, 1));
            db.SaveChanges();
        }
        var application = _world.Application(ApplicationStatus.Directed, "Смирнов", certificate: "123456");

        var result = await _world.For(_world.Region.Admin1).Orders.IssueAsync(
            new OrderForm("12-з", EnrollmentWorld.Today, _world.FirstGradeNext.Id, [application.Id]));

        Assert.False(result.Ok);
        Assert.Contains("учится в МБОУ «СОШ № 2»", result.Message);
    }

    [Fact]
    public async Task Class_choice_offers_next_years_first_grade_from_the_plan()
    {
        var options = await _world.For(_world.Region.Admin1).Orders.ClassesAsync(ApplicationKind.FirstGrade);

        var option = Assert.Single(options);
        Assert.Equal(("1А (2027/2028, с нового года)", true), (option.Title, option.FromNewYear));
    }

    [Fact]
    public async Task Only_a_school_administrator_issues_orders()
    {
        var application = _world.Application(ApplicationStatus.Directed);
        var district = _world.For(_world.Region.District1Operator);

        await Assert.ThrowsAsync<Infrastructure.Access.AccessDeniedException>(() => district.Orders.IssueAsync(
            new OrderForm("12-з", EnrollmentWorld.Today, _world.FirstGradeNext.Id, [application.Id])));
    }

    [Fact]
    public async Task A_transfer_enrols_the_childs_current_card_from_school_2_into_a_current_class_now()
    {
        int applicationId;
        using (var db = _database.System())
        {
            var transfer = EnrollmentWorld.Build(ApplicationStatus.New, "Второва", "Анна", new DateOnly(2015, 3, 14), "", _world.Region.School1.Id,
                ApplicationKind.Transfer);
            transfer.LinkPupil(_world.Region.Pupil2.Id);
            transfer.Register("admin1", new DateTimeOffset(2027, 7, 1, 9, 0, 0, TimeSpan.Zero), EnrollmentWorld.Campaign);
            transfer.TakeForReview("admin1", new DateTimeOffset(2027, 7, 1, 10, 0, 0, TimeSpan.Zero));
            transfer.Direct("admin1", new DateTimeOffset(2027, 7, 1, 11, 0, 0, TimeSpan.Zero), new DateOnly(2027, 7, 1), EnrollmentWorld.Campaign);
            db.EnrollmentApplications.Add(transfer);
            db.SaveChanges();
            applicationId = transfer.Id;
        }

        var result = await _world.For(_world.Region.Admin1).Orders.IssueAsync(
            new OrderForm("14-п", EnrollmentWorld.Today, _world.Region.Class1.Id, [applicationId]));

        Assert.True(result.Ok, result.Message);
        using var check = _database.System();
        var card = await check.Pupils.Include(p => p.Memberships).SingleAsync(p => p.Id == _world.Region.Pupil2.Id);
        Assert.Equal((_world.Region.School1.Id, PupilStatus.Enrolled, _world.Region.Class1.Id), (card.SchoolId, card.Status, card.CurrentClassId));
        var stays = card.Memberships.OrderBy(m => m.From).ToList();
        Assert.Equal((_world.Region.Class2.Id, new DateOnly(2027, 7, 4)), (stays[0].SchoolClassId, stays[0].To!.Value));
        Assert.Equal((_world.Region.Class1.Id, EnrollmentWorld.Today), (stays[1].SchoolClassId, stays[1].From));
        Assert.Equal(2, await check.Pupils.CountAsync());
        Assert.Equal("Второва Анна Игоревна", (await check.SchoolDepartures.SingleAsync()).PupilName);
    }

    [Fact]
    public async Task A_namesake_born_the_same_day_with_another_certificate_is_left_alone_and_the_child_gets_a_new_card()
    {
        int namesakeId;
        using (var db = _database.System())
        {
            var namesake = TestRegion.NewPupil(_world.Region.School2.Id, "Смирнов", "Артём", "Игоревич", Gender.Male);
            namesake.ChangeBirth(new DateOnly(2020, 10, 10), Gender.Male, TestRegion.Today);
            namesake.ChangeDocuments(IdentityDocument.BirthCertificate("IV-ИВ", "999999"), null);
            db.Pupils.Add(namesake);
            db.SaveChanges();
            namesake.Withdraw(new DateOnly(2026, 12, 1), null);
            db.SaveChanges();
            namesakeId = namesake.Id;
        }
        var application = _world.Application(ApplicationStatus.Directed, "Смирнов", certificate: "123456");

        var result = await _world.For(_world.Region.Admin1).Orders.IssueAsync(
            new OrderForm("12-з", EnrollmentWorld.Today, _world.FirstGradeNext.Id, [application.Id]));

        Assert.True(result.Ok, result.Message);
        using var check = _database.System();
        Assert.Equal(_world.Region.School2.Id, (await check.Pupils.SingleAsync(p => p.Id == namesakeId)).SchoolId);
        Assert.NotEqual(namesakeId, (await check.EnrollmentApplications.SingleAsync(a => a.Id == application.Id)).PupilId);
    }

    [Fact]
    public async Task New_cards_get_the_applicant_as_their_parent_and_twins_of_one_order_share_that_parent()
    {
        var twins = new[] { ("Артём", "300001"), ("Мирон", "300002") }.Select(t => _world.Application(ApplicationStatus.Directed, "Котов", t.Item1, certificate: t.Item2)).ToList();
        var other = _world.Application(ApplicationStatus.Directed, "Лисин", certificate: "300003");
        using (var db = _database.System())
        {
            foreach (var id in twins.Select(a => a.Id))
            {
                var application = await db.EnrollmentApplications.SingleAsync(a => a.Id == id);
                application.ChangeApplicant(PersonName.Create("Котова", "Дарья", "Петровна"), "паспорт 7500 123456", PhoneNumber.Parse("+7 912 000-11-22"), null, "мать");
            }
            await db.SaveChangesAsync();
        }

        var result = await _world.For(_world.Region.Admin1).Orders.IssueAsync(
            new OrderForm("14-з", EnrollmentWorld.Today, _world.FirstGradeNext.Id, [.. twins.Select(a => a.Id), other.Id]));

        Assert.True(result.Ok, result.Message);
        using var check = _database.System();
        var links = await check.ParentLinks.Include(l => l.Parent).Where(l => check.Pupils.Any(p => p.Id == l.PupilId && p.Name.Surname == "Котов")).ToListAsync();
        Assert.Equal(2, links.Count);
        Assert.All(links, l => Assert.Equal((ParentRelation.Mother, "Котова Дарья Петровна", "+79120001122", Gender.Female),
            (l.Relation, l.Parent!.Name.Full, l.Parent.Phone?.Value, l.Parent.Gender)));
        Assert.Single(links.Select(l => l.ParentId).Distinct());
        // An applicant whose relation is not given is the child's legal representative.
        var representative = await check.ParentLinks.Include(l => l.Parent).SingleAsync(l => check.Pupils.Any(p => p.Id == l.PupilId && p.Name.Surname == "Лисин"));
        Assert.Equal((ParentRelation.Guardian, "Смирнова Елена Викторовна"), (representative.Relation, representative.Parent!.Name.Full));
    }
}
