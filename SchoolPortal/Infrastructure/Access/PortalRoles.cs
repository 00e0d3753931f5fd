using SchoolPortal.Domain.Accounts;

namespace SchoolPortal.Infrastructure.Access;

/// <summary>The role sets behind the <see cref="PortalPolicies"/>; the *Access classes of the services check the same sets.</summary>
public static class PortalRoles
{
    /// <summary>A school's own work (journal, timetable, reports): its administrators and teachers.</summary>
    public static readonly RoleSet SchoolStaff = new(Role.SchoolAdmin | Role.Teacher);

    /// <summary>What only a school's administrator does (batch update, quick entry, staff import).</summary>
    public static readonly RoleSet SchoolAdmin = new(Role.SchoolAdmin);

    /// <summary>Operators of the region and of the districts: they span several schools.</summary>
    public static readonly RoleSet Operators = new(Role.RegionOperator | Role.MunicipalOperator);

    /// <summary>The region operator alone (the background jobs' dashboard).</summary>
    public static readonly RoleSet RegionOperator = new(Role.RegionOperator);

    /// <summary>Families: parents and pupils (the diary, the portfolio).</summary>
    public static readonly RoleSet Family = new(Role.Parent | Role.Pupil);

    /// <summary>«Управление»: operators and school administrators (people, schools, readiness, duplicates, ГИР ВУ, quality, new year).</summary>
    public static readonly RoleSet Management = new(Role.RegionOperator | Role.MunicipalOperator | Role.SchoolAdmin);

    /// <summary>
    /// «Управление → Зачисление» (Е-услуги): school administrators work the applications of their school, operators follow
    /// them in their district or region; the services decide what each may change.
    /// </summary>
    public static readonly RoleSet Enrollment = new(Role.RegionOperator | Role.MunicipalOperator | Role.SchoolAdmin);
}
