namespace SchoolPortal.Integrations.Epgu;

/// <summary>An identity document as EPGU compares it: series («IV-ИВ», «7512») and number.</summary>
public sealed record EpguDocument(string? Series, string Number);
