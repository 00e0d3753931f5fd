using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Journal;

/// <summary>
/// The journal is for the teachers and administrators of one school. The pages say so with [Authorize]; the service checks
/// again. Which lessons a teacher may fill in is <see cref="Domain.Schedule.JournalRights"/>; the rest only read.
/// </summary>
internal static class JournalAccess
{
    public static PortalUser Ensure(PortalUser user) =>
        SchoolStaff.Ensure(user, "Классный журнал доступен учителям и администраторам школы.");

    public static bool IsAdmin(PortalUser user) => PortalRoles.SchoolAdmin.Includes(user);

    public const string FinalsNotYours = "Итоговые отметки ставит учитель, который ведёт предмет в классе, или администратор школы.";

    public const string AdminOnly = "Закрыть или открыть период может только администратор школы.";

    public static string Closed(string periodName, bool isAdmin) =>
        $"Период «{periodName}» закрыт: отметки изменить нельзя." + (isAdmin ? " Чтобы исправить, откройте период." : " Открыть период может администратор школы.");
}
