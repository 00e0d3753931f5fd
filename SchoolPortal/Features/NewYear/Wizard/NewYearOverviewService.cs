using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>
/// «Новый учебный год: ход по школам»: every school of the operator's scope (region or district) with its steps and
/// deadline, riskiest first, and the final step started for many schools at once.
/// </summary>
public sealed class NewYearOverviewService(PortalDb portalDb, INewYearEngine engine, TimeProvider clock)
{
    public async Task<IReadOnlyList<SchoolProgress>> SchoolsAsync(CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        if (!ManagementAccess.SpansSchools(user))
            throw new AccessDeniedException("Ход формирования нового года по школам видят операторы региона и муниципалитетов.");
        await using var db = await portalDb.OpenAsync();
        var rows = await db.Schools
            .Select(s => new
            {
                s.Id, s.ShortName,
                District = db.Municipalities.Where(m => m.Id == s.MunicipalityId).Select(m => m.Name).FirstOrDefault() ?? "",
                CurrentStart = db.AcademicYears.Where(y => y.SchoolId == s.Id && y.Status == AcademicYearStatus.Current)
                    .Select(y => (int?)y.StartYear).Max(),
                Plan = db.RolloverPlans.Where(p => p.SchoolId == s.Id).OrderByDescending(p => p.NewStartYear)
                    .Select(p => new
                    {
                        p.Id, p.State, p.NewStartYear, p.PeriodsConfirmedAt, p.ClassesConfirmedAt, p.MovementConfirmedAt,
                        p.HolidaysConfirmedAt, p.StaffConfirmedAt,
                    })
                    .FirstOrDefault(),
            })
            .ToListAsync(ct);
        var today = CardCalendar.Today(clock);
        return NewYearRisk.Order(rows.Select(r =>
        {
            var confirmed = r.Plan is null
                ? []
                : new (RolloverStep Step, DateTimeOffset? At)[]
                {
                    (RolloverStep.Periods, r.Plan.PeriodsConfirmedAt), (RolloverStep.Classes, r.Plan.ClassesConfirmedAt),
                    (RolloverStep.Movement, r.Plan.MovementConfirmedAt), (RolloverStep.Holidays, r.Plan.HolidaysConfirmedAt),
                    (RolloverStep.Staff, r.Plan.StaffConfirmedAt),
                };
            var missing = r.Plan is null
                ? ["Формирование не начато"]
                : confirmed.Where(c => c.At is null).Select(c => NewYearChecklist.Title(c.Step)).ToList();
            var startYear = r.Plan?.NewStartYear ?? (r.CurrentStart ?? AcademicYear.StartYearOf(today)) + 1;
            var deadline = new DateOnly(startYear, 9, 6);
            var daysLeft = deadline.DayNumber - today.DayNumber;
            var done = confirmed.Count(c => c.At is not null);
            return new SchoolProgress(r.Id, r.ShortName, r.District, r.Plan?.Id, r.Plan?.State, done, missing, deadline, daysLeft,
                NewYearRisk.Of(r.Plan?.State, done, daysLeft, RolloverPlan.PreparationOpen(startYear, today)));
        }));
    }

    /// <summary>Starts the final step for the chosen schools (one job per school); schools not ready come back with the reason.</summary>
    public async Task<IReadOnlyList<OpenRequestResult>> OpenManyAsync(IReadOnlyList<int> schoolIds, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        if (!ManagementAccess.SpansSchools(user))
            throw new AccessDeniedException("Открывать новый год по нескольким школам могут операторы региона и муниципалитетов.");
        return schoolIds.Count == 0 ? [] : await engine.OpenManyAsync(schoolIds, ct);
    }
}
