namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>An address as one line («454080, Челябинская обл., г. Челябинск, ул. Ленина, д. 5, кв. 3»), as EPGU's FullAddress.</summary>
public sealed record EpguAddress(string FullAddress);
