using SchoolPortal.Domain.Accounts;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.MilitaryRegistration;

/// <summary>The schools one exchange run covers: the region, one district or one school.</summary>
public sealed record GirVuScope(int? MunicipalityId, int? SchoolId)
{
    public static GirVuScope Region { get; } = new(null, null);

    public static GirVuScope District(int municipalityId) => new(municipalityId, null);

    public static GirVuScope School(int schoolId) => new(null, schoolId);

    /// <summary>What the user may send: the region operator every school, the district operator the district, the administrator the school.</summary>
    /// <exception cref="AccessDeniedException">Anyone else.</exception>
    public static GirVuScope For(PortalUser user)
    {
        GirVuAccess.Ensure(user);
        if (user.Has(Role.RegionOperator))
            return Region;
        if (user.Has(Role.MunicipalOperator) && user.MunicipalityId is { } m)
            return District(m);
        if (user.Has(Role.SchoolAdmin) && user.SchoolId is { } s)
            return School(s);
        throw new AccessDeniedException("Учетной записи не назначена школа или муниципалитет: выгрузка в ГИР ВУ недоступна.");
    }

    public string Describe => SchoolId is not null ? "своя школа" : MunicipalityId is not null ? "школы муниципалитета" : "все школы региона";
}
