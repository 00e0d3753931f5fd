namespace SchoolPortal.Infrastructure.Access;

/// <summary>
/// A school's own work (the journal, the timetable, the reports) is for its teachers and administrators. The pages say so
/// with <c>[Authorize(Policy = PortalPolicies.SchoolStaff)]</c>; the services check again with <see cref="Ensure"/>, so no other page
/// reaches them with another role.
/// </summary>
public static class SchoolStaff
{
    public static bool Is(PortalUser user) => PortalRoles.SchoolStaff.Includes(user) && user.SchoolId is not null;

    /// <param name="refusal">The Russian message for anyone else: «Классный журнал доступен учителям и администраторам школы.»</param>
    public static PortalUser Ensure(PortalUser user, string refusal) => Is(user) ? user : throw new AccessDeniedException(refusal);
}
