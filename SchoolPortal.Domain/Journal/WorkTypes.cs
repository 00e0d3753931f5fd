namespace SchoolPortal.Domain.Journal;

/// <summary>The Russian names of the work types and their default weights in the weighted average.</summary>
public static class WorkTypes
{
    private static readonly Dictionary<WorkType, (string Name, string Short, decimal Weight)> Info = new()
    {
        [WorkType.Answer] = ("Ответ на уроке", "отв", 1m),
        [WorkType.Homework] = ("Домашняя работа", "дз", 1m),
        [WorkType.Independent] = ("Самостоятельная работа", "сам", 1.5m),
        [WorkType.Check] = ("Проверочная работа", "пр", 2m),
        [WorkType.Control] = ("Контрольная работа", "кр", 3m),
        [WorkType.Dictation] = ("Диктант", "дикт", 2m),
        [WorkType.Laboratory] = ("Лабораторная работа", "лаб", 1.5m),
        [WorkType.Essay] = ("Сочинение", "соч", 2m),
        [WorkType.Test] = ("Тест", "тест", 1.5m),
    };

    public static IReadOnlyList<WorkType> All { get; } = Enum.GetValues<WorkType>();

    public static string Name(WorkType type) => Info[type].Name;

    public static string Short(WorkType type) => Info[type].Short;

    public static decimal DefaultWeight(WorkType type) => Info[type].Weight;

    /// <summary>Control and check works are the ones the briefing asks to be visible to parents and in data-quality checks.</summary>
    public static bool IsControl(WorkType type) => type is WorkType.Control or WorkType.Check;
}
