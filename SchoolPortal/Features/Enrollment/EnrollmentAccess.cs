using SchoolPortal.Domain.Accounts;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// Who does what in «Зачисление». Reading is for «Управление» (operators and school administrators, each within their
/// scope); the school administrator acts on the school's applications, places and orders; the municipal operator of the
/// district and the region operator keep the territories; the region operator alone sets the campaign and the calendar.
/// </summary>
internal static class EnrollmentAccess
{
    public static PortalUser Reader(PortalUser user) =>
        ManagementAccess.Ensure(user, "Раздел «Зачисление» доступен операторам и администраторам школ.");

    /// <returns>The administrator's school.</returns>
    public static int SchoolAdmin(PortalUser user, string what) =>
        user.Has(Role.SchoolAdmin) && user.SchoolId is { } school
            ? school
            : throw new AccessDeniedException($"{what}: это делает администратор школы.");

    public static PortalUser TerritoryEditor(PortalUser user) =>
        user.Has(Role.RegionOperator) || user.Has(Role.MunicipalOperator)
            ? user
            : throw new AccessDeniedException("Закреплённые территории ведёт муниципальный орган управления образованием или оператор региона.");

    public static PortalUser RegionOperator(PortalUser user, string what) =>
        user.Has(Role.RegionOperator) ? user : throw new AccessDeniedException($"{what}: это делает оператор региона.");

    /// <summary>«Иванова М. П. (admin1)»: how the status history names who acted.</summary>
    public static string Who(PortalUser user) => user.NameWithLogin;
}
