namespace SchoolPortal.Features.MilitaryRegistration;

/// <summary>One page of a report's rows and how many rows the report has in all.</summary>
public sealed record GirVuRows<T>(IReadOnlyList<T> Rows, int Total);
