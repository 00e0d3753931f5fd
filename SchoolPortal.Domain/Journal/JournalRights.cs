using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Schedule;

namespace SchoolPortal.Domain.Journal;

/// <summary>
/// Who may fill in the journal for a lesson: its teacher, or, when the lesson is substituted, the substitute and not the
/// absent teacher. A school administrator may always correct it. Everyone else only reads.
/// </summary>
public static class JournalRights
{
    /// <returns>Null when the employee may edit; otherwise the Russian reason.</returns>
    public static string? WhyNot(int lessonTeacherId, Substitution? substitution, int? employeeId, bool isSchoolAdmin)
    {
        if (isSchoolAdmin)
            return null;
        if (employeeId is null)
            return "Журнал заполняют учителя: ваша учетная запись не связана с карточкой сотрудника.";
        if (substitution is not null)
            return substitution.SubstituteTeacherId == employeeId
                ? null
                : substitution.AbsentTeacherId == employeeId
                    ? "Этот урок заменён: журнал заполняет заменяющий учитель."
                    : "Урок ведёт другой учитель (по замене).";
        return lessonTeacherId == employeeId ? null : "Урок ведёт другой учитель: журнал открыт только для чтения.";
    }

    public static void Check(int lessonTeacherId, Substitution? substitution, int? employeeId, bool isSchoolAdmin)
    {
        if (WhyNot(lessonTeacherId, substitution, employeeId, isSchoolAdmin) is { } reason)
            throw new DomainException(reason);
    }
}
