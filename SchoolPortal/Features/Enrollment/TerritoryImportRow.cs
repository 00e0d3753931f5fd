using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Features.Enrollment;

/// <summary>One row of an imported territory file: what was read, and the error that keeps it out (null: it will be added).</summary>
public sealed record TerritoryImportRow(int RowNumber, string? Settlement, string? Street, HouseParity Parity, int? HouseFrom, int? HouseTo,
    string? Error, bool AlreadyListed = false)
{
    public bool WillBeAdded => Error is null && !AlreadyListed;
}
