using System.Security.Claims;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Accounts;

namespace SchoolPortal.Infrastructure.Access;

/// <summary>The signed-in user as the services see it: who, which roles, which school or district.</summary>
public sealed record PortalUser(int AccountId, string Login, string DisplayName, Role Roles, int? SchoolId, int? MunicipalityId,
    int? EmployeeId = null)
{
    public const string EmployeeClaim = "employee_id";
    public const string SchoolClaim = "school_id";
    public const string MunicipalityClaim = "municipality_id";
    public const string MustChangePasswordClaim = "must_change_password";

    public static PortalUser Anonymous { get; } = new(0, "anonymous", "Гость", Role.None, null, null);

    public bool IsAuthenticated => AccountId != 0;

    public bool Has(Role role) => (Roles & role) != 0;

    /// <summary>The widest scope the roles give: region, then district, then school; nothing for anyone else.</summary>
    public AccessScope Scope =>
        Has(Role.RegionOperator) ? AccessScope.Region
        : Has(Role.MunicipalOperator) && MunicipalityId is { } m ? AccessScope.Municipality(m)
        : Has(Role.SchoolAdmin | Role.Teacher) && SchoolId is { } s ? AccessScope.School(s)
        : AccessScope.Nobody;

    /// <summary>«Иванова М. П. (admin1)»: how status histories name who acted.</summary>
    public string NameWithLogin => string.IsNullOrWhiteSpace(DisplayName) ? Login : $"{DisplayName} ({Login})";

    public AuditActor Actor => new(AccountId == 0 ? null : AccountId, Login);

    public static PortalUser From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
            return Anonymous;
        var roles = Enum.GetValues<Role>().Where(r => r != Role.None && principal.IsInRole(r.ToString())).Aggregate(Role.None, (a, r) => a | r);
        return new PortalUser(
            int.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "0"),
            principal.FindFirstValue(ClaimTypes.Name) ?? "",
            principal.FindFirstValue(ClaimTypes.GivenName) ?? "",
            roles,
            int.TryParse(principal.FindFirstValue(SchoolClaim), out var school) ? school : null,
            int.TryParse(principal.FindFirstValue(MunicipalityClaim), out var municipality) ? municipality : null,
            int.TryParse(principal.FindFirstValue(EmployeeClaim), out var employee) ? employee : null);
    }

    public ClaimsIdentity ToIdentity(string authenticationType, bool mustChangePassword)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, AccountId.ToString()),
            new(ClaimTypes.Name, Login),
            new(ClaimTypes.GivenName, DisplayName),
        };
        claims.AddRange(RoleNames.Each(Roles).Select(r => new Claim(ClaimTypes.Role, r.ToString())));
        if (SchoolId is { } s)
            claims.Add(new Claim(SchoolClaim, s.ToString()));
        if (MunicipalityId is { } m)
            claims.Add(new Claim(MunicipalityClaim, m.ToString()));
        if (EmployeeId is { } e)
            claims.Add(new Claim(EmployeeClaim, e.ToString()));
        if (mustChangePassword)
            claims.Add(new Claim(MustChangePasswordClaim, "true"));
        return new ClaimsIdentity(claims, authenticationType);
    }
}
