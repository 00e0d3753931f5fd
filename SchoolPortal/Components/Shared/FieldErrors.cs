using SchoolPortal.Domain.Common;

namespace SchoolPortal.Components.Shared;

/// <summary>
/// The messages of one attempt to save a card, keyed by field, so the form shows each under its input. The key
/// <see cref="General"/> holds a message about the card as a whole (not found, no rights, duplicate).
/// </summary>
public sealed class FieldErrors
{
    public const string General = "";

    private readonly Dictionary<string, string> _messages = [];

    public bool IsEmpty => _messages.Count == 0;

    public IReadOnlyDictionary<string, string> All => _messages;

    /// <summary>Keeps the first message of a field: it is the one the user should fix first.</summary>
    public void Add(string field, string message) => _messages.TryAdd(field, message);

    /// <summary>Runs one step of the domain; a refusal is recorded under its field (or <paramref name="fallbackField"/>).</summary>
    public T? Try<T>(Func<T> step, string fallbackField) => TryAt(step, fallbackField, field => field ?? fallbackField);

    public void Try(Action step, string fallbackField) => TryAt(step, fallbackField, field => field ?? fallbackField);

    /// <summary>
    /// Runs one step of the domain; a refusal is recorded under the input <paramref name="field"/>, whatever part the
    /// domain names: a card has several inputs of one kind (two phones, two addresses). When one value spans several
    /// inputs (a document's series and number), <paramref name="map"/> turns the domain's part into the input.
    /// </summary>
    public T? TryAt<T>(Func<T> step, string field, Func<string?, string>? map = null)
    {
        try
        {
            return step();
        }
        catch (DomainException e)
        {
            Add(map is null ? field : map(e.Field), e.Message);
            return default;
        }
    }

    public void TryAt(Action step, string field, Func<string?, string>? map = null) => TryAt(() =>
    {
        step();
        return true;
    }, field, map);
}
