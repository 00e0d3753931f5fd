namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// The outcome of one action of «Зачисление»: done (with the Russian message the page shows and the record's id), or
/// refused with the reason and nothing written.
/// </summary>
public sealed record EnrollmentResult(bool Ok, string Message, int? Id = null, string? Field = null)
{
    public static EnrollmentResult Done(string message, int? id = null) => new(true, message, id);

    public static EnrollmentResult Refused(string message, string? field = null) => new(false, message, null, field);
}
