using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>
/// The study periods of the new year as a whole: one kind, distinct numbers, inside the year, no overlap, and in order (the
/// 2nd quarter after the 1st). A single period's own rules (number range, end after start) stay with the domain.
/// </summary>
public static class PeriodRules
{
    /// <summary>The first problem of the periods after a change, or null.</summary>
    public static string? Check(AcademicYear year, IReadOnlyList<PeriodRow> periods)
    {
        foreach (var p in periods)
        {
            if (p.EndsOn < p.StartsOn)
                return $"«{p.Name}»: период не может заканчиваться раньше, чем начинается.";
            if (!year.Contains(p.StartsOn) || !year.Contains(p.EndsOn))
                return $"«{p.Name}» должен лежать внутри учебного года {year.Name} ({year.StartsOn:dd.MM.yyyy}–{year.EndsOn:dd.MM.yyyy}).";
        }
        if (periods.Select(p => p.Kind).Distinct().Count() > 1)
            return "В одном учебном году периоды одного вида: четверти, триместры или полугодия.";
        if (periods.GroupBy(p => p.Number).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return $"Период «{twice.First().Name}» указан дважды.";
        var ordered = periods.OrderBy(p => p.Number).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            var (before, after) = (ordered[i - 1], ordered[i]);
            if (after.StartsOn <= before.EndsOn)
                return before.StartsOn <= after.EndsOn && after.StartsOn <= before.EndsOn
                    ? $"«{after.Name}» пересекается с «{before.Name}»."
                    : $"«{after.Name}» должен начинаться после окончания «{before.Name}» ({before.EndsOn:dd.MM.yyyy}).";
        }
        return null;
    }
}
