using SchoolPortal.Domain.Common;

namespace SchoolPortal.Features.Pupils;

/// <summary>
/// Collects the domain's messages per form field, so the card shows every problem at once under its input.
/// <see cref="DomainException.Field"/> names the part of a value object ("series", "number"); the caller maps it
/// to the input it came from.
/// </summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, string> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyDictionary<string, string> All => _errors;

    /// <summary>Runs <paramref name="parse"/>; on a refusal records its message under the mapped field and returns default.</summary>
    public T? Try<T>(Func<T> parse, string field, Func<string?, string>? map = null)
    {
        try
        {
            return parse();
        }
        catch (DomainException e)
        {
            Add(map is null ? field : map(e.Field), e.Message);
            return default;
        }
    }

    public void Try(Action apply, string field, Func<string?, string>? map = null) => Try(() =>
    {
        apply();
        return true;
    }, field, map);

    public void Add(string field, string message) => _errors.TryAdd(field, message);
}
