using SchoolPortal.Domain.Accounts;
using SchoolPortal.Features.Access;

namespace SchoolPortal.Features.Reports;

/// <summary>Отчеты are for the school's administrators and teachers. The pages say so with [Authorize]; the services check again.</summary>
internal static class ReportAccess
{
    public const string Roles = "SchoolAdmin,Teacher";

    public static PortalUser Ensure(PortalUser user)
    {
        if (!user.Has(Role.SchoolAdmin | Role.Teacher) || user.SchoolId is null)
            throw new AccessDeniedException("Отчёты доступны администратору школы и учителям.");
        return user;
    }
}
