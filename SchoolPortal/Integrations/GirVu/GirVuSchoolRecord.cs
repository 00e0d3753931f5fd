namespace SchoolPortal.Integrations.GirVu;

/// <summary>The school that sends the package: its details as the resource identifies an organisation.</summary>
public sealed record GirVuSchoolRecord(string Inn, string Ogrn, string FullName, string ShortName, string Address, string Municipality);
