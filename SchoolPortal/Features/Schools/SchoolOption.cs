namespace SchoolPortal.Features.Schools;

/// <summary>A school in a picker: short name and district.</summary>
public sealed record SchoolOption(int Id, string ShortName, string Municipality);
