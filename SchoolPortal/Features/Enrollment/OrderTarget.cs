using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// The class children are enrolled into: a class of the current year (enrolled now), or a class of the next year from the
/// new-year plan (status «зачислен с нового года» and an enrolment move the opening of the year applies).
/// </summary>
internal sealed record OrderTarget(SchoolClass Class, bool FromNewYear, RolloverPlan? Plan)
{
    /// <returns>The target, or the Russian reason why the class cannot take children.</returns>
    public static async Task<(OrderTarget? Target, string? Refusal)> ResolveAsync(PortalDbContext db, int schoolId, int classId, CancellationToken ct)
    {
        var cls = await db.Classes.SingleOrDefaultAsync(c => c.Id == classId && c.SchoolId == schoolId, ct);
        if (cls is null)
            return (null, "Класс не найден в вашей школе.");
        var year = await db.AcademicYears.AsNoTracking().SingleAsync(y => y.Id == cls.AcademicYearId, ct);
        switch (year.Status)
        {
            case AcademicYearStatus.Current:
                return (new OrderTarget(cls, false, null), null);
            case AcademicYearStatus.Planned:
                var plan = await db.RolloverPlans.SingleOrDefaultAsync(p => p.SchoolId == schoolId && p.ToYearId == cls.AcademicYearId
                    && p.State == RolloverState.Draft, ct);
                return plan is null
                    ? (null, $"Класс {cls.Name} — класс {year.Name} учебного года, но план перехода на новый год не найден или уже открывается. " +
                        "Зачисление с нового года идёт через мастер «Новый учебный год».")
                    : (new OrderTarget(cls, true, plan), null);
            default:
                return (null, $"Класс {cls.Name} — класс закрытого {year.Name} учебного года.");
        }
    }
}
