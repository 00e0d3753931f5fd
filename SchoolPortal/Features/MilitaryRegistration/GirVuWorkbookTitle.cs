namespace SchoolPortal.Features.MilitaryRegistration;

/// <summary>The lines under an error file's title: which run, whose schools, which rows, made when.</summary>
public sealed record GirVuWorkbookTitle(string Run, string Scope, string Filter, string MadeOn);
