using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Infrastructure;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// «Распорядительный акт о зачислении»: the school's applications «Направлен в ООО» become pupils of one class (grade 1 or 10
/// of the next year from the new-year plan, or a current class for transfers), the applications «Зачислен», EPGU is told,
/// all in one transaction: if one child cannot be enrolled, nobody is, and the refusal names the child. A child already
/// known to the region is enrolled by moving that card, never by creating a second one. An order dated after the
/// campaign's deadline is issued and flagged.
/// </summary>
public sealed class EnrollmentOrderService(PortalDb portalDb, EnrollmentSettings settings, TimeProvider clock)
{
    public const int MaxChildren = 500;

    public async Task<IReadOnlyList<OrderClassOption>> ClassesAsync(ApplicationKind kind, CancellationToken ct = default)
    {
        var schoolId = EnrollmentAccess.SchoolAdmin(await portalDb.UserAsync(), "Издавать распорядительные акты");
        await using var db = await portalDb.OpenAsync();
        var grade = kind switch { ApplicationKind.FirstGrade => 1, ApplicationKind.TenthGrade => 10, _ => (int?)null };
        var rows = await (from c in db.Classes
                          join y in db.AcademicYears on c.AcademicYearId equals y.Id
                          where c.SchoolId == schoolId && (y.Status == AcademicYearStatus.Current
                              || (y.Status == AcademicYearStatus.Planned && grade != null
                                  && db.RolloverPlans.Any(p => p.SchoolId == schoolId && p.ToYearId == y.Id && p.State == Domain.NewYear.RolloverState.Draft)))
                              && (grade == null || c.Grade == grade)
                          select new { c.Id, c.Grade, c.Letter, y.StartYear, Planned = y.Status == AcademicYearStatus.Planned })
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.Planned).ThenBy(r => r.Grade).ThenBy(r => r.Letter)
            .Select(r => new OrderClassOption(r.Id, $"{r.Grade}{r.Letter}", r.Grade, $"{r.StartYear}/{r.StartYear + 1}", r.Planned))
            .ToList();
    }

    /// <summary>The last day for the order on first-stage applications of the campaign (3 working days after 30 June by default).</summary>
    public async Task<DateOnly> DeadlineAsync(int year, CancellationToken ct = default)
    {
        EnrollmentAccess.Reader(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var campaign = await EnrollmentSettings.CampaignAsync(db, year, ct);
        return campaign.OrderDeadline(await settings.CalendarAsync(db, ct));
    }

    public async Task<IReadOnlyList<OrderRow>> OrdersAsync(int? year = null, CancellationToken ct = default)
    {
        EnrollmentAccess.Reader(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var query = db.EnrollmentOrders.AsNoTracking();
        if (year is { } y)
            query = query.Where(o => o.Year == y);
        return await query.OrderByDescending(o => o.Date).ThenByDescending(o => o.Id)
            .Select(o => new OrderRow(o.Id, o.Number, o.Date, o.ClassName, o.FromNewYear, o.Lines.Count, o.IsLate, o.Deadline, o.IssuedBy))
            .ToListAsync(ct);
    }

    /// <summary>The children of one order of the user's scope; empty when the order is another school's.</summary>
    public async Task<IReadOnlyList<OrderLineRow>> LinesAsync(int orderId, CancellationToken ct = default)
    {
        EnrollmentAccess.Reader(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        return await (from l in db.EnrollmentOrderLines
                      join a in db.EnrollmentApplications on l.ApplicationId equals a.Id
                      where l.OrderId == orderId
                      orderby l.ChildName
                      select new OrderLineRow(l.ChildName, a.Id, a.Number, l.PupilId)).ToListAsync(ct);
    }

    public async Task<EnrollmentResult> IssueAsync(OrderForm form, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        var schoolId = EnrollmentAccess.SchoolAdmin(user, "Издавать распорядительные акты");
        var ids = form.ApplicationIds.Distinct().ToList();
        if (ids.Count == 0)
            return EnrollmentResult.Refused("Выберите заявления «Направлен в ООО», по которым издаётся акт.", "applications");
        if (ids.Count > MaxChildren)
            return EnrollmentResult.Refused($"В один распорядительный акт включается не больше {MaxChildren} заявлений.", "applications");
        var who = EnrollmentAccess.Who(user);
        var now = clock.GetUtcNow();
        var today = CardCalendar.Today(clock);
        if (form.Date > today)
            return EnrollmentResult.Refused("Дата распорядительного акта не может быть в будущем.", "date");

        // The calendar first: seeding it on first use writes through its own context, which must not wait for this order's transaction.
        ProductionCalendar calendar;
        await using (var read = await portalDb.OpenAsync())
            calendar = await settings.CalendarAsync(read, ct);

        // Unscoped as the administrator (audited under their name): a child's card of another school moves into this one, a
        // write outside the school's scope. Everything else is read and written with SchoolId == the administrator's school.
        await using var db = await portalDb.OpenUnscopedAsync();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (target, refusal) = await OrderTarget.ResolveAsync(db, schoolId, form.ClassId, ct);
        if (target is null)
            return EnrollmentResult.Refused(refusal!, "classId");
        var found = await db.EnrollmentApplications.Include(a => a.History).Where(a => ids.Contains(a.Id) && a.SchoolId == schoolId).ToListAsync(ct);
        if (found.Count != ids.Count)
            return EnrollmentResult.Refused("Часть заявлений не найдена или относится к другой школе: обновите список и выберите заново.", "applications");
        var applications = ids.Select(id => found.Single(a => a.Id == id)).ToList();
        if (applications.Select(a => a.Year).Distinct().Count() > 1)
            return EnrollmentResult.Refused("В один распорядительный акт включаются заявления одной приёмной кампании.", "applications");
        var year = applications[0].Year;
        var campaign = await EnrollmentSettings.CampaignAsync(db, year, ct);
        var firstStage = applications.Any(a => a.Kind == ApplicationKind.FirstGrade && a.Stage == AdmissionStage.FirstStage);
        var deadline = firstStage ? campaign.OrderDeadline(calendar) : (DateOnly?)null;
        var schoolName = await db.Schools.Where(s => s.Id == schoolId).Select(s => s.ShortName).SingleAsync(ct);
        var on = form.Date;
        EnrollmentOrder order;
        try
        {
            order = new EnrollmentOrder(schoolId, year, form.Number, form.Date, target.Class.Id, target.Class.Name, target.FromNewYear, deadline, who, now);
        }
        catch (DomainException e)
        {
            return EnrollmentResult.Refused(e.Message, e.Field);
        }

        // First every child's card (found in the region and moved, or new), saved so new cards get their ids; then the
        // classes, the statuses, the order and the EPGU messages. One transaction: any refusal rolls everything back.
        var cards = new List<(EnrollmentApplication Application, Pupil Pupil)>();
        var searches = applications.Select(a => a.PupilId is null
            ? new ChildSearch(a.ChildDocument, a.ChildSnils, a.ChildName, a.ChildBirthDate)
            : new ChildSearch(null, null, null, null)).ToList();
        var matches = await ChildrenInRegion.FindManyAsync(db, searches, ct);
        var known = applications.Select(a => a.PupilId).OfType<int>().Concat(matches.SelectMany(m => m.Select(c => c.PupilId))).Distinct().ToList();
        var existing = new Dictionary<int, Pupil>();
        foreach (var part in known.Chunk(500))
            foreach (var p in await db.Pupils.Include(p => p.Memberships).Where(p => part.Contains(p.Id)).ToListAsync(ct))
                existing[p.Id] = p;
        for (var i = 0; i < applications.Count; i++)
        {
            var application = applications[i];
            try
            {
                cards.Add((application, await CardAsync(db, application, matches[i], existing, target, schoolId, schoolName, form, now, ct)));
            }
            catch (DomainException e)
            {
                return Failed(application, e);
            }
        }
        await db.SaveChangesAsync(ct);
        var pupilIds = cards.Select(c => c.Pupil.Id).ToList();
        var inPlan = target.Plan is { } plan
            ? (await db.PupilMoves.Where(m => m.PlanId == plan.Id && pupilIds.Contains(m.PupilId)).Select(m => m.PupilId).ToListAsync(ct)).ToHashSet()
            : [];
        foreach (var (application, pupil) in cards)
        {
            try
            {
                CardPlacement.Place(db, pupil, target, on, inPlan.Contains(pupil.Id));
                application.Enroll(pupil.Id, who, now, campaign, order.EnrollmentComment);
                order.Add(application.Id, pupil.Id, application.ChildName.Full);
            }
            catch (DomainException e)
            {
                return Failed(application, e);
            }
            if (EpguStatusMessage.For(application, now) is { } message)
                db.EpguStatusMessages.Add(message);
        }
        db.EnrollmentOrders.Add(order);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // An application is in one order only (unique index): another administrator's order took it at the same moment.
            return EnrollmentResult.Refused("Часть заявлений только что включена в другой распорядительный акт: обновите список и выберите заново.");
        }
        await transaction.CommitAsync(ct);
        var text = $"Распорядительный акт № {order.Number} от {form.Date:dd.MM.yyyy} издан: зачислено детей — {cards.Count}, класс {target.Class.Name}" +
            (target.FromNewYear ? " (с нового учебного года)." : ".");
        if (order.IsLate)
            text += $" Акт издан позже срока ({order.Deadline:dd.MM.yyyy}): нарушение отмечено.";
        return EnrollmentResult.Done(text, order.Id);
    }

    private static EnrollmentResult Failed(EnrollmentApplication application, DomainException e) =>
        EnrollmentResult.Refused(
            $"{application.ChildName.Full} (заявление № {application.Number}): {e.Message} Распорядительный акт не издан, никто не зачислен.",
            e.Field);

    /// <summary>The card the child is enrolled with: the linked or found card of the region (moved here), or a new one.</summary>
    private static async Task<Pupil> CardAsync(PortalDbContext db, EnrollmentApplication application, IReadOnlyList<ChildInRegion> matches,
        Dictionary<int, Pupil> existing, OrderTarget target, int schoolId, string schoolName, OrderForm form, DateTimeOffset now, CancellationToken ct)
    {
        if (application.Status != ApplicationStatus.Directed)
            throw new DomainException(
                $"статус «{EnrollmentNames.Name(application.Status)}»: в распорядительный акт включаются только заявления «Направлен в ООО».", "status");
        var expected = application.Kind switch { ApplicationKind.FirstGrade => 1, ApplicationKind.TenthGrade => 10, _ => (int?)null };
        if (expected is { } grade && target.Class.Grade != grade)
            throw new DomainException($"заявление в {grade} класс, а выбран класс {target.Class.Name}.", "classId");
        var pupilId = application.PupilId;
        if (pupilId is null)
        {
            if (matches.Count > 1)
                throw new DomainException(
                    $"в регионе найдено несколько карточек этого ребёнка ({string.Join("; ", matches.Select(m => $"{m.SchoolName}, {m.StatusText}"))}): " +
                    "нужна одна — обратитесь к оператору для объединения.", "pupil");
            pupilId = matches.SingleOrDefault()?.PupilId;
        }
        if (pupilId is null)
            return await NewCardAsync(db, application, schoolId, form.Date, ct);
        var pupil = existing.GetValueOrDefault(pupilId.Value)
            ?? throw new DomainException("карточка ребёнка, указанная в заявлении, не найдена.", "pupil");
        var studies = pupil.Status is PupilStatus.Enrolled or PupilStatus.Admitted;
        if (pupil.SchoolId == schoolId)
        {
            if (studies)
                throw new DomainException("ребёнок уже числится в этой школе.", "pupil");
            return pupil;
        }
        if (studies && application.Kind != ApplicationKind.Transfer)
        {
            var other = await db.Schools.Where(s => s.Id == pupil.SchoolId).Select(s => s.ShortName).SingleAsync(ct);
            throw new DomainException($"ребёнок учится в {other}: зачисление из другой школы оформляется заявлением о переводе.", "pupil");
        }
        // Order 240: the current school expels «в порядке перевода»; this order is what the card records as the reason.
        await CardPlacement.MoveAsync(db, pupil, schoolId, schoolName, form.Date, $"перевод в {schoolName}", now, ct);
        return pupil;
    }

    /// <summary>
    /// A child new to the region: a new card from the application, with the applicant as its parent (the parent record of the
    /// region with the same name and phone when there is one, as for a brother or sister already at school).
    /// </summary>
    private static async Task<Pupil> NewCardAsync(PortalDbContext db, EnrollmentApplication a, int schoolId, DateOnly on, CancellationToken ct)
    {
        var pupil = new Pupil(schoolId, a.ChildName, a.ChildBirthDate, a.ChildGender, on);
        var document = a.ChildDocument;
        pupil.ChangeDocuments(document is { Kind: DocumentKind.RfPassport } ? null : document, document is { Kind: DocumentKind.RfPassport } ? document : null);
        pupil.ChangeSnils(a.ChildSnils);
        pupil.ChangeAddresses(a.RegistrationAddress ?? a.ResidenceAddress, a.ResidenceAddress);
        var name = a.ApplicantName;
        var phone = a.ApplicantPhone;
        // Twins or siblings in one order share the applicant: a parent added for the first child is found among the new ones.
        var parent = phone is null ? null : db.Parents.Local.FirstOrDefault(p => p.Id == 0 && p.Phone == phone && p.Name == name) ?? await db.Parents
            .Where(p => p.DeletedAt == null && p.MergedIntoId == null && p.Phone == phone
                && p.Name.Surname == name.Surname && p.Name.FirstName == name.FirstName && p.Name.Patronymic == name.Patronymic)
            .OrderBy(p => p.Id)
            .FirstOrDefaultAsync(ct);
        pupil.AttachParent(parent ?? ApplicantAsParent.New(a), ApplicantAsParent.Relation(a.ApplicantRelation));
        db.Pupils.Add(pupil);
        return pupil;
    }
}
