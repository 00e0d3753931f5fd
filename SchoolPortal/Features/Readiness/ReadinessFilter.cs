using SchoolPortal.Domain.Readiness;

namespace SchoolPortal.Features.Readiness;

/// <summary>The school list's filter: a class, a condition that is not met, a status. Null means any.</summary>
public sealed record ReadinessFilter(int? ClassId = null, ReadinessCondition? Failing = null, ReadinessStatus? Status = null)
{
    public IEnumerable<PupilReadiness> Apply(IEnumerable<PupilReadiness> pupils) =>
        pupils.Where(p => (ClassId is null || p.ClassId == ClassId)
            && (Failing is not { } c || p.Readiness[c].State == ConditionState.NotMet)
            && (Status is not { } s || p.Readiness.Status == s));

    /// <summary>«класс 5А; не выполнено: 2. Сведения внесены в школе» for the export's title block.</summary>
    public string Describe(IReadOnlyList<ReadinessClass> classes)
    {
        var parts = new List<string>();
        if (ClassId is { } id)
            parts.Add($"класс {classes.FirstOrDefault(c => c.Id == id)?.Name ?? "?"}");
        if (Failing is { } condition)
            parts.Add($"не выполнено: {ReadinessWorkbook.ConditionHeader(condition)}");
        if (Status is { } status)
            parts.Add($"итог: {ReadinessTexts.Name(status)}");
        return parts.Count == 0 ? "все дети" : string.Join("; ", parts);
    }
}
