using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Reports;

/// <summary>Отчеты are for the school's administrators and teachers. The pages say so with [Authorize]; the services check again.</summary>
internal static class ReportAccess
{
    public static PortalUser Ensure(PortalUser user) => SchoolStaff.Ensure(user, "Отчеты доступны администратору школы и учителям.");
}
