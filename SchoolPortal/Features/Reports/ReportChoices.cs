using Microsoft.EntityFrameworkCore;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Reports;

/// <summary>The choices of the report forms, for the academic year that contains today (or the latest one).</summary>
public sealed class ReportChoices(PortalDb portalDb, TimeProvider clock)
{
    public async Task<ReportOptions> LoadAsync(CancellationToken ct = default)
    {
        var user = ReportAccess.Ensure(await portalDb.UserAsync());
        var today = CardCalendar.Today(clock);
        await using var db = await portalDb.OpenAsync();
        var years = await db.AcademicYears.AsNoTracking().Include(y => y.Periods).Where(y => y.SchoolId == user.SchoolId).ToListAsync(ct);
        var year = years.FirstOrDefault(y => y.Contains(today)) ?? years.OrderByDescending(y => y.StartYear).FirstOrDefault();
        var subjects = await db.Subjects.AsNoTracking().Where(s => s.SchoolId == user.SchoolId)
            .Select(s => new ReportOption(s.Id, s.Name)).ToListAsync(ct);
        subjects = subjects.OrderBy(s => s.Name, StringComparer.Create(CardCalendar.Russian, true)).ToList();
        if (year is null)
            return new ReportOptions(null, [], subjects, [], null, null, null);

        var classes = (await db.Classes.AsNoTracking().Where(c => c.AcademicYearId == year.Id).ToListAsync(ct))
            .OrderBy(c => c.Grade).ThenBy(c => c.Letter, StringComparer.Ordinal)
            .Select(c => new ReportOption(c.Id, c.Name)).ToList();
        var periods = year.Periods.OrderBy(p => p.StartsOn).Select(p => new PeriodOption(p.Id, p.Name, p.StartsOn, p.EndsOn)).ToList();
        var current = periods.FirstOrDefault(p => p.StartsOn <= today && today <= p.EndsOn)
            ?? periods.LastOrDefault(p => p.EndsOn < today) ?? periods.FirstOrDefault();

        int? ownClass = null, ownSubject = null;
        if (user.EmployeeId is { } me)
        {
            var classIds = classes.Select(c => c.Id).ToList();
            var own = await db.Workloads.AsNoTracking().Where(w => w.TeacherId == me && classIds.Contains(w.ClassId))
                .Select(w => new { w.ClassId, w.SubjectId }).ToListAsync(ct);
            var first = own.OrderBy(w => classIds.IndexOf(w.ClassId)).FirstOrDefault();
            ownClass = first?.ClassId;
            ownSubject = first?.SubjectId;
        }
        return new ReportOptions(year.Name, classes, subjects, periods, current?.Id, ownClass, ownSubject);
    }
}
