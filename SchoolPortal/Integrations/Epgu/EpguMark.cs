namespace SchoolPortal.Integrations.Epgu;

/// <summary>One mark: the lesson's date, the value («5», «зач»), the work type and its weight in the average.</summary>
public sealed record EpguMark(DateOnly Date, string Value, string WorkType, decimal Weight, bool ControlWork);
