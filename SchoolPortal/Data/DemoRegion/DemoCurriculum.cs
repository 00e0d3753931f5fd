using SchoolPortal.Domain.Schedule;

namespace SchoolPortal.Data.DemoRegion;

/// <summary>
/// The weekly hours of the federal basic curriculum (ФОП НОО/ООО/СОО, a typical five-day primary and six-day main
/// school) and which teacher position teaches each subject.
/// </summary>
internal static class DemoCurriculum
{
    public sealed record Line(string Subject, string Position, GradingScale Grading, int[] HoursByGrade);

    // Hours per week for grades 1…11 (0: not taught in that grade).
    public static readonly Line[] Lines =
    [
        new("Русский язык", "русского языка и литературы", GradingScale.Marks, [5, 5, 5, 5, 5, 6, 4, 3, 3, 2, 2]),
        new("Литературное чтение", "начальных классов", GradingScale.Marks, [4, 4, 4, 3, 0, 0, 0, 0, 0, 0, 0]),
        new("Литература", "русского языка и литературы", GradingScale.Marks, [0, 0, 0, 0, 3, 3, 2, 2, 3, 3, 3]),
        new("Математика", "математики", GradingScale.Marks, [4, 4, 4, 4, 5, 5, 0, 0, 0, 0, 0]),
        new("Алгебра", "математики", GradingScale.Marks, [0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3]),
        new("Геометрия", "математики", GradingScale.Marks, [0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2]),
        new("Вероятность и статистика", "математики", GradingScale.Marks, [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1]),
        new("Окружающий мир", "начальных классов", GradingScale.Marks, [2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0]),
        new("Английский язык", "английского языка", GradingScale.Marks, [0, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3]),
        new("История", "истории и обществознания", GradingScale.Marks, [0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2]),
        new("Обществознание", "истории и обществознания", GradingScale.Marks, [0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2]),
        new("География", "географии", GradingScale.Marks, [0, 0, 0, 0, 1, 1, 2, 2, 2, 1, 1]),
        new("Биология", "биологии", GradingScale.Marks, [0, 0, 0, 0, 1, 1, 1, 2, 2, 1, 1]),
        new("Физика", "физики", GradingScale.Marks, [0, 0, 0, 0, 0, 0, 2, 2, 3, 2, 2]),
        new("Химия", "химии", GradingScale.Marks, [0, 0, 0, 0, 0, 0, 0, 2, 2, 1, 1]),
        new("Информатика", "информатики", GradingScale.Marks, [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1]),
        new("Музыка", "музыки", GradingScale.Marks, [1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0]),
        new("Изобразительное искусство", "изобразительного искусства", GradingScale.Marks, [1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0]),
        new("Технология", "технологии", GradingScale.Marks, [1, 1, 1, 1, 2, 2, 2, 1, 1, 0, 0]),
        new("Физическая культура", "физической культуры", GradingScale.Marks, [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]),
        new("Основы безопасности и защиты Родины", "основ безопасности и защиты Родины", GradingScale.Marks, [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1]),
        new("Основы религиозных культур и светской этики", "начальных классов", GradingScale.PassFail, [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]),
    ];

    /// <summary>Primary grades study five days a week, the others six.</summary>
    public static int Days(int grade) => grade <= 4 ? 5 : 6;

    public static int MaxLessons(int grade) => grade <= 4 ? 5 : 7;
}
