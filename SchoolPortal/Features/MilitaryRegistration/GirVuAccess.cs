using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Accounts;

namespace SchoolPortal.Features.MilitaryRegistration;

/// <summary>
/// «Отчеты ГИР ВУ» is for region operators (every school), municipal operators (their district) and school administrators
/// (their school). The page says so with [Authorize]; the services check again, and the exchange job checks its requester.
/// </summary>
internal static class GirVuAccess
{
    public static PortalUser Ensure(PortalUser user) =>
        ManagementAccess.Ensure(user, "Отчеты ГИР ВУ доступны администраторам школ и операторам муниципалитета и региона.");
}
