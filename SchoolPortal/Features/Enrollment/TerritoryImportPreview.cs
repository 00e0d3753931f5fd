namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// The preview of a territory file: every row read with its error, nothing written. «Подтвердить» passes it back to
/// <see cref="TerritoryService.ConfirmImportAsync"/>, which checks the rows again before adding them.
/// </summary>
public sealed record TerritoryImportPreview(int SchoolId, IReadOnlyList<TerritoryImportRow> Rows, string? Refusal = null)
{
    public int ToAdd => Rows.Count(r => r.WillBeAdded);
    public int Errors => Rows.Count(r => r.Error is not null);
    public bool CanConfirm => Refusal is null && ToAdd > 0;

    public static TerritoryImportPreview Refused(int schoolId, string refusal) => new(schoolId, [], refusal);
}
