using SchoolPortal.Features.DuplicateGuard;

namespace SchoolPortal.Features.QuickEntry;

/// <summary>
/// The outcome of saving the grid: how many pupils were saved, or why nothing was: a message for the whole grid, the
/// messages of each row by column (row index of the grid), and each row's matches with existing pupils.
/// </summary>
public sealed record QuickEntryResult(int Saved, string? Message, IReadOnlyDictionary<int, IReadOnlyDictionary<string, string>> Errors,
    IReadOnlyDictionary<int, IReadOnlyList<PersonMatch>> Duplicates)
{
    public bool Succeeded => Saved > 0 && Message is null && Errors.Count == 0;

    public static QuickEntryResult Fail(string message) => new(0, message, new Dictionary<int, IReadOnlyDictionary<string, string>>(),
        new Dictionary<int, IReadOnlyList<PersonMatch>>());
}
