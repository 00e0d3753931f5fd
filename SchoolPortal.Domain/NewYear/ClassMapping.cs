namespace SchoolPortal.Domain.NewYear;

/// <summary>
/// Step 2 of the wizard as a proposal: every class of this year moves one grade up with its letter and homeroom teacher
/// (5А → 6А); the last grade's classes close; new grade-1 classes take this year's grade-1 letters, and grade 10 keeps the
/// letters it has this year where no 9th class grows into them. A class gets next year the holiday set that its new grade
/// has this year (1А → 2А leaves the grade-1 holidays), or its own set when no class of that grade exists.
/// </summary>
public static class ClassMapping
{
    /// <summary>The school's last grade: 11, or 9 (or lower) where the school has no senior classes.</summary>
    public static int LastGrade(IEnumerable<ClassFacts> classes) => classes.Select(c => c.Grade).DefaultIfEmpty(0).Max();

    public static ClassMappingResult Propose(IReadOnlyList<ClassFacts> classes)
    {
        var last = LastGrade(classes);
        var holidaysByGrade = classes.Where(c => c.HolidayPeriodId is not null)
            .GroupBy(c => c.Grade)
            .ToDictionary(g => g.Key, g => g.GroupBy(c => c.HolidayPeriodId).OrderByDescending(h => h.Count()).ThenBy(h => h.Key).First().Key);
        int? Holidays(int grade, int? own) => holidaysByGrade.TryGetValue(grade, out var set) ? set : own;

        var proposed = new Dictionary<(int Grade, string Letter), ProposedClass>();
        var transitions = new Dictionary<int, (int Grade, string Letter)?>();
        foreach (var c in classes.OrderBy(c => c.Grade).ThenBy(c => c.Letter, StringComparer.Ordinal))
        {
            if (c.Grade >= last)
            {
                transitions[c.Id] = null;
                continue;
            }
            var key = (c.Grade + 1, c.Letter);
            proposed[key] = proposed.TryGetValue(key, out var merged)
                ? merged with { FromClassIds = [.. merged.FromClassIds, c.Id] }
                : new ProposedClass(c.Grade + 1, c.Letter, c.HomeroomTeacherId, Holidays(c.Grade + 1, c.HolidayPeriodId), [c.Id]);
            transitions[c.Id] = key;
        }
        foreach (var c in classes.Where(c => c.Grade == 1 || (c.Grade == 10 && last >= 11)))
        {
            var key = (c.Grade, c.Letter);
            if (!proposed.ContainsKey(key))
                proposed[key] = new ProposedClass(c.Grade, c.Letter, null, Holidays(c.Grade, c.HolidayPeriodId), []);
        }
        var ordered = proposed.Values.OrderBy(p => p.Grade).ThenBy(p => p.Letter, StringComparer.Ordinal).ToList();
        return new ClassMappingResult(last, ordered, transitions);
    }
}

/// <summary>The proposed classes of the next year and where each class of this year goes (null: closed).</summary>
public sealed record ClassMappingResult(int LastGrade, IReadOnlyList<ProposedClass> Classes, IReadOnlyDictionary<int, (int Grade, string Letter)?> Transitions);
