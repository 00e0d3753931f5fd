using System.Globalization;

namespace SchoolPortal.Domain.Journal;

/// <summary>A pupil's stay in a class (a class membership): from arrival to the last day (null: still there).</summary>
public sealed record ClassStay(DateOnly From, DateOnly? To)
{
    public bool Covers(DateOnly day) => From <= day && (To is null || day <= To);

    /// <summary>Whether the pupil left the class before <paramref name="end"/> (withdrawn, graduated or moved to another class).</summary>
    public bool HasLeftBy(DateOnly end) => To is { } to && to < end;

    /// <summary>Whether marks and attendance may be put for a pupil of these stays on a lesson date.</summary>
    /// <returns>Null when the pupil was in the class on <paramref name="date"/> (and had not left the school); otherwise the reason.</returns>
    public static string? WhyNotOn(DateOnly date, IReadOnlyCollection<ClassStay> stays, DateOnly? leftOn)
    {
        if (leftOn is { } left && date > left)
            return $"Ученик выбыл {Format(left)}: после этой даты отметки не ставятся.";
        if (stays.Any(s => s.Covers(date)))
            return null;
        if (stays.Count > 0 && stays.All(s => s.From > date))
            return $"Ученик зачислен в класс {Format(stays.Min(s => s.From))}: до этой даты отметки не ставятся.";
        var ended = stays.Where(s => s.To < date).Select(s => s.To).Max();
        return ended is { } to
            ? $"Ученик выбыл из класса {Format(to)}: после этой даты отметки не ставятся."
            : "Ученик не числится в классе на дату урока.";
    }

    private static string Format(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
