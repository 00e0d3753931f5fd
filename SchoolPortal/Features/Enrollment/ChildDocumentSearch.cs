using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// The one rule for finding applications by the child's birth certificate, shared by the applications list and the
/// support look-up: the number must match; a series typed in any spelling («IV–ИВ», «iv-ив») matches the stored series or
/// a document stored without one; no series typed matches any series.
/// </summary>
public static class ChildDocumentSearch
{
    public static string? NormalizeSeries(string? series) =>
        string.IsNullOrWhiteSpace(series) ? null : series.Replace(" ", "").Replace('–', '-').Replace('—', '-').ToUpperInvariant();

    public static IQueryable<EnrollmentApplication> Matching(IQueryable<EnrollmentApplication> query, string number, string? series)
    {
        var normalized = NormalizeSeries(series);
        return query.Where(a => a.ChildDocument != null && a.ChildDocument.Number == number
            && (normalized == null || a.ChildDocument.Series == normalized || a.ChildDocument.Series == null));
    }
}
