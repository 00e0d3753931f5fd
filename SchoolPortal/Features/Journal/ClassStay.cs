namespace SchoolPortal.Features.Journal;

/// <summary>A pupil's stay in a class (a class membership), and why a lesson date falls outside it.</summary>
public sealed record ClassStay(DateOnly From, DateOnly? To)
{
    public bool Covers(DateOnly day) => From <= day && (To is null || day <= To);

    /// <returns>Null when the pupil was in the class on <paramref name="date"/> (and had not left the school); otherwise the reason.</returns>
    public static string? WhyNotOn(DateOnly date, IReadOnlyCollection<ClassStay> stays, DateOnly? leftOn)
    {
        if (leftOn is { } left && date > left)
            return $"Ученик выбыл {JournalFormat.Date(left)}: после этой даты отметки не ставятся.";
        if (stays.Any(s => s.Covers(date)))
            return null;
        if (stays.Count > 0 && stays.All(s => s.From > date))
            return $"Ученик зачислен в класс {JournalFormat.Date(stays.Min(s => s.From))}: до этой даты отметки не ставятся.";
        var ended = stays.Where(s => s.To < date).Select(s => s.To).Max();
        return ended is { } to
            ? $"Ученик выбыл из класса {JournalFormat.Date(to)}: после этой даты отметки не ставятся."
            : "Ученик не числится в классе на дату урока.";
    }
}
