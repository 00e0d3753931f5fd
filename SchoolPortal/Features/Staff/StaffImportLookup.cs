namespace SchoolPortal.Features.Staff;

/// <summary>
/// The answer of a SNILS search for «Импорт из другой ОО»: a message, the person found in another school, and the
/// person's card in this school when there already is one (then nothing is imported: open that card).
/// </summary>
public sealed record StaffImportLookup(string? Message, ImportCandidate? Candidate, int? ExistingCardId)
{
    public static StaffImportLookup Fail(string message) => new(message, null, null);

    public string? ExistingCardLink => ExistingCardId is { } id ? $"/management/staff/{id}" : null;
}
