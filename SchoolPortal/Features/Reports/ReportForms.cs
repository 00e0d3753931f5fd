namespace SchoolPortal.Features.Reports;

/// <summary>What the report pages say when the school has nothing to report on yet.</summary>
public static class ReportForms
{
    /// <returns>The Russian explanation, or null when the form can be filled in.</returns>
    public static string? Missing(ReportOptions options, bool needsSubjects) =>
        options.Year is null ? "В школе ещё нет учебного года: отчет строить не по чему."
        : options.Classes.Count == 0 ? $"В учебном году {options.Year} нет классов: отчет строить не по чему."
        : options.Periods.Count == 0 ? $"В учебном году {options.Year} не заданы учебные периоды (четверти, триместры или полугодия)."
        : needsSubjects && options.Subjects.Count == 0 ? "В школе нет предметов: добавьте их в разделе «Планирование → Предметы»."
        : null;
}
