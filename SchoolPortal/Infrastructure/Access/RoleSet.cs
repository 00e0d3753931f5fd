using SchoolPortal.Domain.Accounts;

namespace SchoolPortal.Infrastructure.Access;

/// <summary>
/// A set of roles defined once in <see cref="PortalRoles"/>: the named policy of the pages requires one of them
/// (<see cref="Names"/>), and the services check the same set again (<see cref="Includes"/>).
/// </summary>
public sealed class RoleSet(Role roles)
{
    public Role Roles { get; } = roles;

    /// <summary>The role names as the sign-in writes them into the role claims.</summary>
    public IReadOnlyList<string> Names { get; } = Enum.GetValues<Role>().Where(r => r != Role.None && roles.HasFlag(r)).Select(r => r.ToString()).ToArray();

    /// <summary>True when the user has at least one role of the set.</summary>
    public bool Includes(PortalUser user) => user.Has(Roles);

    public override string ToString() => string.Join(",", Names);
}
