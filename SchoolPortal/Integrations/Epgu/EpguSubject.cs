namespace SchoolPortal.Integrations.Epgu;

/// <summary>«Оценки» and «Средний балл в классе» of one subject, period by period.</summary>
public sealed record EpguSubject(string Name, IReadOnlyList<EpguPeriodResult> Periods);
