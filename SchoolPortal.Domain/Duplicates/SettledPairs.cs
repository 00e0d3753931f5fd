namespace SchoolPortal.Domain.Duplicates;

/// <summary>
/// Pairs of records an administrator declared different people (<see cref="People.DuplicateOverride"/>): the checks do not
/// flag them again. Unordered: (a, b) is (b, a).
/// </summary>
public sealed class SettledPairs
{
    private readonly HashSet<(int, int)> _pairs = [];
    private readonly HashSet<int> _ids = [];

    public static SettledPairs None { get; } = new([]);

    public SettledPairs(IEnumerable<(int EntityId, int MatchedEntityId)> pairs)
    {
        foreach (var (a, b) in pairs)
        {
            _pairs.Add(Ordered(a, b));
            _ids.Add(a);
            _ids.Add(b);
        }
    }

    public bool Involves(int id) => _ids.Contains(id);

    public bool Contains(int a, int b) => _pairs.Contains(Ordered(a, b));

    private static (int, int) Ordered(int a, int b) => a < b ? (a, b) : (b, a);
}
