namespace SchoolPortal.Integrations.Epgu;

/// <summary>The child's school (образовательная организация) with the identifiers EPGU knows it by.</summary>
public sealed record EpguSchool(int Id, string FullName, string ShortName, string Inn, string Ogrn);
