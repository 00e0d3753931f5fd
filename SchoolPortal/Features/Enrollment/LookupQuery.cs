namespace SchoolPortal.Features.Enrollment;

/// <summary>«Поиск заявления»: by the child's birth certificate, or by the EPGU application number (and its registration date).</summary>
public sealed class LookupQuery
{
    public string? DocumentSeries { get; set; }

    public string? DocumentNumber { get; set; }

    public string? EpguNumber { get; set; }

    public DateOnly? EpguDate { get; set; }
}
