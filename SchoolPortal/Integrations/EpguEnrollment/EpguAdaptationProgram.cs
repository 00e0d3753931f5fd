namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>The need for an adapted educational programme (by the recommendation of the ПМПК or the ИПРА).</summary>
public sealed record EpguAdaptationProgram(bool Needed);
