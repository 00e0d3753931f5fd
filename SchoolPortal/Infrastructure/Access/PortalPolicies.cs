namespace SchoolPortal.Infrastructure.Access;

/// <summary>
/// The names of the authorization policies the pages use (<c>[Authorize(Policy = PortalPolicies.X)]</c>, <c>&lt;AuthorizeView Policy=…&gt;</c>);
/// no page names a role. Each policy but <see cref="SignedIn"/> requires one role of the <see cref="PortalRoles"/> set of the same name.
/// </summary>
public static class PortalPolicies
{
    /// <summary>Any signed-in user (the same as a bare [Authorize]).</summary>
    public const string SignedIn = nameof(SignedIn);

    /// <summary><see cref="PortalRoles.SchoolStaff"/>.</summary>
    public const string SchoolStaff = nameof(SchoolStaff);

    /// <summary><see cref="PortalRoles.SchoolAdmin"/>.</summary>
    public const string SchoolAdmin = nameof(SchoolAdmin);

    /// <summary><see cref="PortalRoles.Operators"/>.</summary>
    public const string Operators = nameof(Operators);

    /// <summary><see cref="PortalRoles.Management"/>.</summary>
    public const string Management = nameof(Management);

    /// <summary><see cref="PortalRoles.Enrollment"/>.</summary>
    public const string Enrollment = nameof(Enrollment);

    /// <summary><see cref="PortalRoles.RegionOperator"/>.</summary>
    public const string RegionOperator = nameof(RegionOperator);

    /// <summary><see cref="PortalRoles.Family"/>.</summary>
    public const string Family = nameof(Family);

    /// <summary>Every policy with the roles it requires (none for <see cref="SignedIn"/>).</summary>
    public static IReadOnlyDictionary<string, RoleSet?> All { get; } = new Dictionary<string, RoleSet?>
    {
        [SignedIn] = null,
        [SchoolStaff] = PortalRoles.SchoolStaff,
        [SchoolAdmin] = PortalRoles.SchoolAdmin,
        [Operators] = PortalRoles.Operators,
        [Management] = PortalRoles.Management,
        [Enrollment] = PortalRoles.Enrollment,
        [RegionOperator] = PortalRoles.RegionOperator,
        [Family] = PortalRoles.Family,
    };
}
