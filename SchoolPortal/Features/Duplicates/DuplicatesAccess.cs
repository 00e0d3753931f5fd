using SchoolPortal.Domain.Accounts;
using SchoolPortal.Features.Access;

namespace SchoolPortal.Features.Duplicates;

/// <summary>
/// «Проверка наличия «дублей»» is for school administrators (the parents of their school's pupils), municipal operators
/// (their district) and the region operator. Pupils enrolled in two schools are shown to the operators only.
/// </summary>
public static class DuplicatesAccess
{
    public const string Roles = "RegionOperator,MunicipalOperator,SchoolAdmin";

    public static PortalUser Ensure(PortalUser user) =>
        user.Has(Role.RegionOperator | Role.MunicipalOperator | Role.SchoolAdmin)
            ? user
            : throw new AccessDeniedException("Проверка дублей доступна администраторам школ и операторам муниципалитета и региона.");

    public static bool IsOperator(PortalUser user) => user.Has(Role.RegionOperator | Role.MunicipalOperator);
}
