namespace SchoolPortal.Components.Shared;

/// <summary>The outcome of saving a card: the id of the saved record, or the messages to show (nothing was written).</summary>
public sealed record CardSaveResult(int? Id, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Id is not null && Errors.Count == 0;

    /// <summary>Existing records of the same person that refused the save: the card lists them with links.</summary>
    public IReadOnlyList<Features.DuplicateGuard.PersonMatch> Duplicates { get; init; } = [];

    public static CardSaveResult Saved(int id) => new(id, new Dictionary<string, string>());

    public static CardSaveResult Refused(FieldErrors errors) => new(null, errors.All);

    public static CardSaveResult Refused(string message) => Refused(FieldErrors.General, message);

    public static CardSaveResult Refused(string field, string message) => new(null, new Dictionary<string, string> { [field] = message });
}
