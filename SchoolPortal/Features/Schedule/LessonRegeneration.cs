namespace SchoolPortal.Features.Schedule;

/// <summary>What regenerating the lessons of a period did: how many were added, changed and removed, and which were kept.</summary>
public sealed record LessonRegeneration(DateOnly From, int Added, int Changed, int Removed, IReadOnlyList<KeptLesson> Kept)
{
    public bool ChangedAnything => Added + Changed + Removed > 0;

    public string Summary => ChangedAnything
        ? $"Уроки с {Infrastructure.CardCalendar.Format(From)} обновлены по расписанию: добавлено — {Added}, изменено — {Changed}, удалено — {Removed}."
        : $"Уроки с {Infrastructure.CardCalendar.Format(From)} уже соответствуют расписанию: ничего не изменилось.";

    public string? KeptMessage => Kept.Count == 0
        ? null
        : $"{ScheduleCalendar.Lessons(Kept.Count)} с отметками, посещаемостью, домашним заданием или заменой сохранены без изменений:";

    public LessonRegeneration Plus(LessonRegeneration other) =>
        new(From, Added + other.Added, Changed + other.Changed, Removed + other.Removed, [.. Kept, .. other.Kept]);
}
