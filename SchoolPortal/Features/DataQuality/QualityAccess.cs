using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Accounts;

namespace SchoolPortal.Features.DataQuality;

/// <summary>
/// «Качество формирования данных» is for region operators (the region), municipal operators (their district) and school
/// administrators (their school). The page says so with [Authorize]; the services check again.
/// </summary>
internal static class QualityAccess
{
    public static PortalUser Ensure(PortalUser user) =>
        ManagementAccess.Ensure(user, "«Качество формирования данных» доступно операторам региона и муниципалитетов и администраторам школ.");
}
