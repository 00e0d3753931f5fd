using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Infrastructure;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// «Список выпускников и выбывших»: a school administrator finds, across the region, a child who graduated from or left
/// any school, and enrols that card into a class of the school: the card moves with its parents, accounts (the Gosuslugi
/// link) and class history, and the school left sees «выбыл в …». The search shows only what identifies the child.
/// </summary>
public sealed class LeaversService(PortalDb portalDb, ChildrenInRegion children, TimeProvider clock)
{
    public async Task<LeaverSearchResult> SearchAsync(LeaverQuery query, CancellationToken ct = default)
    {
        EnrollmentAccess.SchoolAdmin(await portalDb.UserAsync(), "Искать выпускников и выбывших региона");
        ChildSearch search;
        try
        {
            search = Search(query);
        }
        catch (DomainException e)
        {
            return new LeaverSearchResult([], e.Message);
        }
        if (!search.IsSpecific)
            return new LeaverSearchResult([],
                "Укажите свидетельство о рождении (серию и номер), СНИЛС или фамилию, имя, отчество вместе с датой рождения.");
        var found = await children.FindAsync(search, ct);
        return new LeaverSearchResult(found.Where(c => c.Status is PupilStatus.Graduated or PupilStatus.Withdrawn).ToList());
    }

    /// <summary>«Зачислить»: the card of a graduate or leaver into a class of this school from <paramref name="on"/>.</summary>
    public async Task<EnrollmentResult> EnrollAsync(int pupilId, int classId, DateOnly? on = null, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        var schoolId = EnrollmentAccess.SchoolAdmin(user, "Зачислять выпускников и выбывших");
        var day = on ?? CardCalendar.Today(clock);
        // Unscoped as the administrator (audited under their name): the card of another school's leaver moves into this
        // school. Only a graduate or a leaver is taken, and only into a class of the administrator's school.
        await using var db = await portalDb.OpenUnscopedAsync();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (target, refusal) = await OrderTarget.ResolveAsync(db, schoolId, classId, ct);
        if (target is null)
            return EnrollmentResult.Refused(refusal!, "classId");
        var pupil = await db.Pupils.Include(p => p.Memberships).SingleOrDefaultAsync(p => p.Id == pupilId, ct);
        if (pupil is null || pupil.Status is not (PupilStatus.Graduated or PupilStatus.Withdrawn))
            return EnrollmentResult.Refused(
                "Ребёнок не найден среди выпускников и выбывших региона. Ученик, который учится в другой школе, зачисляется по заявлению о переводе.");
        var schoolName = await db.Schools.Where(s => s.Id == schoolId).Select(s => s.ShortName).SingleAsync(ct);
        var fromSchool = pupil.SchoolId;
        try
        {
            await CardPlacement.MoveAsync(db, pupil, schoolId, schoolName, day, null, clock.GetUtcNow(), ct);
            await CardPlacement.PlaceAsync(db, pupil, target, day, ct);
        }
        catch (DomainException e)
        {
            return EnrollmentResult.Refused($"{pupil.Name.Full}: {e.Message}", e.Field);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        var moved = fromSchool == schoolId ? "" : " Карточка перенесена из другой школы вместе с родителями и историей.";
        return EnrollmentResult.Done(target.FromNewYear
            ? $"{pupil.Name.Full} зачислен(а) с нового учебного года в {target.Class.Name}.{moved}"
            : $"{pupil.Name.Full} зачислен(а) в {target.Class.Name} с {day:dd.MM.yyyy}.{moved}", pupil.Id);
    }

    /// <summary>The children who left the user's school(s) because another school enrolled their card.</summary>
    public async Task<IReadOnlyList<DepartureRow>> DeparturesAsync(CancellationToken ct = default)
    {
        EnrollmentAccess.Reader(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        return await db.SchoolDepartures.AsNoTracking().OrderByDescending(d => d.On).ThenBy(d => d.PupilName)
            .Select(d => new DepartureRow(d.Id, d.PupilName, d.BirthDate, d.ToSchoolName, d.On)).ToListAsync(ct);
    }

    private static ChildSearch Search(LeaverQuery q)
    {
        IdentityDocument? document = null;
        if (!string.IsNullOrWhiteSpace(q.DocumentNumber))
        {
            var series = q.DocumentSeries;
            document = string.IsNullOrWhiteSpace(series) || series.Trim().All(c => char.IsAsciiDigit(c) || c == ' ')
                ? (string.IsNullOrWhiteSpace(series) ? IdentityDocument.Create(DocumentKind.Foreign, null, q.DocumentNumber) : IdentityDocument.Passport(series, q.DocumentNumber))
                : IdentityDocument.BirthCertificate(series, q.DocumentNumber);
        }
        var snils = string.IsNullOrWhiteSpace(q.Snils) ? null : Snils.Parse(q.Snils);
        PersonName? name = null;
        if (!string.IsNullOrWhiteSpace(q.Surname) && !string.IsNullOrWhiteSpace(q.FirstName))
            name = PersonName.Create(q.Surname, q.FirstName, q.Patronymic, string.IsNullOrWhiteSpace(q.Patronymic));
        return new ChildSearch(document, snils, name, q.BirthDate);
    }
}
