using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Accounts;

namespace SchoolPortal.Features.Duplicates;

/// <summary>
/// «Проверка наличия «дублей»» is for school administrators (the parents of their school's pupils), municipal operators
/// (their district) and the region operator. Pupils enrolled in two schools are shown to the operators only.
/// </summary>
public static class DuplicatesAccess
{
    public static PortalUser Ensure(PortalUser user) =>
        ManagementAccess.Ensure(user, "Проверка дублей доступна администраторам школ и операторам муниципалитета и региона.");

    public static bool IsOperator(PortalUser user) => ManagementAccess.SpansSchools(user);
}
