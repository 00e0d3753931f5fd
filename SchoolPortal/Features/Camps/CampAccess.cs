using SchoolPortal.Domain.Accounts;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Camps;

/// <summary>
/// Who does what in «Летний отдых»: the region operator keeps the season and every camp; a municipal operator keeps the
/// camps of their district; operators and school administrators see applications in their scope and register one on a
/// parent's behalf; a parent applies for their own linked children only.
/// </summary>
public static class CampAccess
{
    public const string ParentsOnly = "Подать заявление на путевку может родитель ребенка: войдите под учетной записью родителя.";

    public static PortalUser Parent(PortalUser user) =>
        user.IsAuthenticated && user.Has(Role.Parent) ? user : throw new AccessDeniedException(ParentsOnly);

    public static PortalUser Staff(PortalUser user) =>
        ManagementAccess.Ensure(user, "Раздел «Летний отдых» для операторов и администраторов школ.");

    public static PortalUser CampKeeper(PortalUser user) =>
        user.Has(Role.RegionOperator) || user.Has(Role.MunicipalOperator)
            ? user
            : throw new AccessDeniedException("Лагеря и смены ведут муниципальный орган управления образованием и оператор региона.");

    /// <summary>Payments and vouchers: the region operator for all, a municipal operator for their district's applications.</summary>
    public static PortalUser PaymentKeeper(PortalUser user) =>
        user.Has(Role.RegionOperator) || user.Has(Role.MunicipalOperator)
            ? user
            : throw new AccessDeniedException("Платежи за путевки зачитывают муниципальный орган управления образованием и оператор региона.");

    public static PortalUser RegionOperator(PortalUser user, string what) =>
        user.Has(Role.RegionOperator) ? user : throw new AccessDeniedException($"{what}: это делает оператор региона.");

    /// <summary>Whether <paramref name="user"/> keeps camps of <paramref name="municipalityId"/>.</summary>
    public static bool Keeps(PortalUser user, int municipalityId) =>
        user.Has(Role.RegionOperator) || (user.Has(Role.MunicipalOperator) && user.MunicipalityId == municipalityId);

    /// <summary>«Иванова М. П. (admin1)».</summary>
    public static string Who(PortalUser user) => user.NameWithLogin;
}
