namespace SchoolPortal.Features.BatchUpdate;

/// <summary>
/// What an uploaded file would do: the changed fields, the new records and every error. <see cref="Fingerprint"/>
/// summarises the changes; apply recomputes it and refuses when the records changed since the preview.
/// </summary>
public sealed record BatchPlan(int Rows, IReadOnlyList<FieldChange> Changes, IReadOnlyList<NewRecord> NewRecords, IReadOnlyList<RowError> Errors,
    string Fingerprint)
{
    public bool HasWork => Changes.Count > 0 || NewRecords.Count > 0;
}
