namespace SchoolPortal.Features.Pupils;

/// <summary>The outcome of saving a card: the record's id, or Russian messages by form field (nothing was written then).</summary>
public sealed record SaveResult(int? Id, IReadOnlyDictionary<string, string> Errors)
{
    public const string General = "general";

    public bool Ok => Errors.Count == 0;

    public static SaveResult Saved(int id) => new(id, new Dictionary<string, string>());

    public static SaveResult Failed(string field, string message) => new(null, new Dictionary<string, string> { [field] = message });

    public static SaveResult Failed(IReadOnlyDictionary<string, string> errors) => new(null, errors);
}
