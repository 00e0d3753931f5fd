namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>The founder's permission to admit a child younger than 6 years 6 months or 8 and older: its document (number and date).</summary>
public sealed record EpguFounderPermission(string DocInfo);
