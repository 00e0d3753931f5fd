using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Schedule;

/// <summary>
/// Планирование and Расписание belong to one school: its administrator edits them, its teachers read them. The pages say
/// so with [Authorize]; the services check again, so no other page can reach them with a wider or narrower role.
/// </summary>
internal static class ScheduleAccess
{
    public const string AdminOnly = "Изменять планирование и расписание может только администратор школы.";

    /// <summary>The user and the school they work in; anyone but a school's administrator or teacher is refused.</summary>
    public static (PortalUser User, int SchoolId) Ensure(PortalUser user) =>
        (SchoolStaff.Ensure(user, "Планирование и расписание доступны администраторам школ и учителям."), user.SchoolId!.Value);

    public static bool CanEdit(PortalUser user) => PortalRoles.SchoolAdmin.Includes(user) && user.SchoolId is not null;
}
