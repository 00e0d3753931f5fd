namespace SchoolPortal.Domain.Esia;

/// <summary>
/// A school record close to the ESIA person (same SNILS, name or document) that still did not match. Holds only the
/// record's id and kind and the names of the fields that differ, so the page cannot show another person's data.
/// </summary>
public sealed record CandidateMismatch(int CandidateId, PersonKind Kind, IReadOnlyList<FieldMismatch> Fields)
{
    public IReadOnlyList<string> FieldNames => Fields.Select(f => f.Field).ToList();
}
