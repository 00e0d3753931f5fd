using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.NewYear.Engine;

/// <summary>
/// Who may form and open a school's new year: its administrator, the operator of its district, the region's operators.
/// Checked on every call and again inside the job, for the account that asked (it may have lost the role since).
/// </summary>
internal static class NewYearAccess
{
    public const string Refusal = "Формирование нового учебного года доступно администратору школы и операторам.";

    public static bool May(Role roles, int? userSchoolId, int? userMunicipalityId, int schoolId, int municipalityId) =>
        (roles & Role.RegionOperator) != 0
        || ((roles & Role.MunicipalOperator) != 0 && userMunicipalityId == municipalityId)
        || ((roles & Role.SchoolAdmin) != 0 && userSchoolId == schoolId);

    public static bool May(PortalUser user, int schoolId, int municipalityId) =>
        user.IsAuthenticated && May(user.Roles, user.SchoolId, user.MunicipalityId, schoolId, municipalityId);

    /// <summary>The school's district and short name; throws when the user may not work with it.</summary>
    public static async Task<(int MunicipalityId, string Name)> EnsureAsync(PortalDbContext db, PortalUser user, int schoolId, CancellationToken ct)
    {
        var school = await db.Schools.IgnoreQueryFilters().Where(s => s.Id == schoolId).Select(s => new { s.MunicipalityId, s.ShortName }).SingleOrDefaultAsync(ct);
        if (school is null || !May(user, schoolId, school.MunicipalityId))
            throw new AccessDeniedException(school is null ? "Школа не найдена." : Refusal);
        return (school.MunicipalityId, school.ShortName);
    }

    /// <summary>Inside the job: the account that asked, as it is now (roles may have been taken away, the account disabled).</summary>
    public static async Task<bool> RequesterMayAsync(PortalDbContext db, int? accountId, int schoolId, CancellationToken ct)
    {
        var account = await db.UserAccounts.IgnoreQueryFilters().Where(a => a.Id == accountId)
            .Select(a => new { a.Roles, a.SchoolId, a.MunicipalityId, a.IsDisabled }).SingleOrDefaultAsync(ct);
        var municipality = await db.Schools.IgnoreQueryFilters().Where(s => s.Id == schoolId).Select(s => s.MunicipalityId).SingleOrDefaultAsync(ct);
        return account is { IsDisabled: false } && May(account.Roles, account.SchoolId, account.MunicipalityId, schoolId, municipality);
    }
}
