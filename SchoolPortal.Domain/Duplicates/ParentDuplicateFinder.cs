using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Domain.Duplicates;

/// <summary>
/// Finds the groups of parent records that are probably one person («Проверка наличия «дублей»»). One pass puts every
/// record into hash buckets by SNILS, by document, by name + birth date and by name alone, joining records that share a
/// bucket (union-find); each joined component is then checked pair by pair, without the pairs an administrator settled,
/// and split again where only a settled pair held it together. Linear in the number of records: a region's 700,000
/// parents take well under a second once read.
/// </summary>
public sealed class ParentDuplicateFinder
{
    private readonly IReadOnlyList<ParentFacts> _parents;
    private SettledPairs _settled = SettledPairs.None;
    private readonly string?[] _snils;
    private readonly string?[] _document;
    private readonly int[] _name;
    private readonly Dictionary<int, HashSet<int>> _children = [];
    private readonly Dictionary<int, (string? Registration, string? Stay)> _addresses = [];
    private Dictionary<int, List<int>> _weakBuckets = [];

    private ParentDuplicateFinder(IReadOnlyList<ParentFacts> parents)
    {
        _parents = parents;
        _snils = new string?[parents.Count];
        _document = new string?[parents.Count];
        _name = new int[parents.Count];
    }

    /// <param name="parents">The records in scope; merged ones must already be left out.</param>
    /// <param name="links">Parent id → pupil id of the records' children (only the weak rule reads them).</param>
    /// <param name="settled">Pairs declared different people.</param>
    public static IReadOnlyList<DuplicateGroup> Find(IReadOnlyList<ParentFacts> parents, IReadOnlyList<(int ParentId, int PupilId)> links,
        SettledPairs? settled = null) =>
        Prepare(parents).Find(links, settled);

    /// <summary>
    /// Normalises the records and finds the namesakes the weak rule must compare. A large scan reads the records without
    /// their addresses, then reads addresses only for <see cref="WeakCandidateIds"/> and passes them to <see cref="Find(IReadOnlyList{ValueTuple{int, int}}, SettledPairs?, IReadOnlyDictionary{int, ValueTuple{string?, string?}}?)"/>.
    /// </summary>
    public static ParentDuplicateFinder Prepare(IReadOnlyList<ParentFacts> parents)
    {
        var finder = new ParentDuplicateFinder(parents);
        finder.Normalise();
        finder.FindWeakBuckets();
        return finder;
    }

    /// <summary>Ids of the records in a name bucket that holds a record without a birth date: only they need addresses.</summary>
    public IReadOnlyList<int> WeakCandidateIds => _weakBuckets.Values.SelectMany(m => m).Select(i => _parents[i].Id).ToList();

    /// <param name="addresses">Registration and stay address by record id; when null, those of the facts are used.</param>
    public IReadOnlyList<DuplicateGroup> Find(IReadOnlyList<(int ParentId, int PupilId)> links, SettledPairs? settled = null,
        IReadOnlyDictionary<int, (string? Registration, string? Stay)>? addresses = null)
    {
        _settled = settled ?? SettledPairs.None;
        return Run(links, addresses);
    }

    /// <summary>Every rule by which two records match, in the order of <see cref="DuplicateRule"/> (empty: no match).</summary>
    public static IReadOnlyList<DuplicateRule> Compare(ParentFacts a, ParentFacts b, bool shareChild)
    {
        var finder = new ParentDuplicateFinder([a, b]);
        finder.Normalise();
        finder._addresses[0] = (Address(a.RegistrationAddress), Address(a.StayAddress));
        finder._addresses[1] = (Address(b.RegistrationAddress), Address(b.StayAddress));
        if (shareChild)
        {
            finder._children[0] = [0];
            finder._children[1] = [0];
        }
        return finder.Rules(0, 1);
    }

    private IReadOnlyList<DuplicateGroup> Run(IReadOnlyList<(int ParentId, int PupilId)> links,
        IReadOnlyDictionary<int, (string? Registration, string? Stay)>? addresses)
    {
        var sets = new DisjointSets(_parents.Count);
        JoinBy(sets, i => _snils[i]);
        JoinBy(sets, i => _document[i]);
        JoinBy(sets, i => _parents[i].BirthDate is { } d ? ((long)_name[i] << 32) | (uint)d.DayNumber : null);
        JoinWeak(sets, links, addresses);

        var groups = new List<DuplicateGroup>();
        foreach (var members in sets.Groups())
            groups.AddRange(Refine(members));
        return groups.OrderBy(g => g.Key).ToList();
    }

    /// <summary>Normalised keys, each distinct raw name part normalised once (names repeat a lot).</summary>
    private void Normalise()
    {
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<(string, string, string), int>();
        string Part(string? raw)
        {
            raw ??= "";
            if (!parts.TryGetValue(raw, out var value))
                parts[raw] = value = PersonComparison.NormaliseName(raw);
            return value;
        }
        for (var i = 0; i < _parents.Count; i++)
        {
            var p = _parents[i];
            _snils[i] = string.IsNullOrWhiteSpace(p.Snils) ? null : p.Snils.Trim();
            _document[i] = p.DocumentKind is { } kind && !string.IsNullOrWhiteSpace(p.DocumentNumber)
                ? $"{(int)kind}|{Code(p.DocumentSeries)}|{Code(p.DocumentNumber)}"
                : null;
            var key = (Part(p.Surname), Part(p.FirstName), Part(p.Patronymic));
            if (!names.TryGetValue(key, out var id))
                names[key] = id = names.Count + 1;
            _name[i] = id;
        }
    }

    /// <summary>Series and numbers are mostly plain digits, which normalise to themselves.</summary>
    private static string Code(string? text) =>
        text is null ? "" : text.AsSpan().ContainsAnyExceptInRange('0', '9') ? PersonComparison.NormaliseCode(text) : text;

    private void JoinBy<TKey>(DisjointSets sets, Func<int, TKey?> keyOf) where TKey : notnull
    {
        var first = new Dictionary<TKey, int>();
        for (var i = 0; i < _parents.Count; i++)
        {
            var key = keyOf(i);
            if (key is null)
                continue;
            if (first.TryGetValue(key, out var j))
                sets.Union(i, j);
            else
                first[key] = i;
        }
    }

    private void JoinBy(DisjointSets sets, Func<int, long?> keyOf)
    {
        var first = new Dictionary<long, int>();
        for (var i = 0; i < _parents.Count; i++)
        {
            if (keyOf(i) is not { } key)
                continue;
            if (first.TryGetValue(key, out var j))
                sets.Union(i, j);
            else
                first[key] = i;
        }
    }

    /// <summary>The weak rule looks only inside name buckets that hold a record without a birth date.</summary>
    private void FindWeakBuckets()
    {
        var count = new Dictionary<int, int>();
        var missing = new HashSet<int>();
        for (var i = 0; i < _parents.Count; i++)
        {
            count[_name[i]] = count.GetValueOrDefault(_name[i]) + 1;
            if (_parents[i].BirthDate is null)
                missing.Add(_name[i]);
        }
        var buckets = new Dictionary<int, List<int>>();
        for (var i = 0; i < _parents.Count; i++)
        {
            var name = _name[i];
            if (count[name] < 2 || !missing.Contains(name))
                continue;
            if (!buckets.TryGetValue(name, out var members))
                buckets[name] = members = [];
            members.Add(i);
        }
        _weakBuckets = buckets;
    }

    private void JoinWeak(DisjointSets sets, IReadOnlyList<(int ParentId, int PupilId)> links,
        IReadOnlyDictionary<int, (string? Registration, string? Stay)>? addresses)
    {
        if (_weakBuckets.Count == 0)
            return;
        var byId = new Dictionary<int, int>();
        foreach (var i in _weakBuckets.Values.SelectMany(m => m))
        {
            var p = _parents[i];
            byId[p.Id] = i;
            var (registration, stay) = addresses is null ? (p.RegistrationAddress, p.StayAddress) : addresses.GetValueOrDefault(p.Id);
            _addresses[i] = (Address(registration), Address(stay));
        }
        foreach (var (parentId, pupilId) in links)
        {
            if (!byId.TryGetValue(parentId, out var i))
                continue;
            if (!_children.TryGetValue(i, out var kids))
                _children[i] = kids = [];
            kids.Add(pupilId);
        }
        foreach (var members in _weakBuckets.Values)
        {
            for (var x = 0; x < members.Count; x++)
            {
                for (var y = x + 1; y < members.Count; y++)
                {
                    var (i, j) = (members[x], members[y]);
                    if ((_parents[i].BirthDate is null || _parents[j].BirthDate is null) && (ShareChild(i, j) || ShareAddress(i, j)))
                        sets.Union(i, j);
                }
            }
        }
    }

    private static string? Address(string? text) => string.IsNullOrWhiteSpace(text) ? null : PersonComparison.NormaliseName(text);

    private bool ShareChild(int i, int j) =>
        _children.TryGetValue(i, out var a) && _children.TryGetValue(j, out var b) && a.Overlaps(b);

    private bool ShareAddress(int i, int j)
    {
        if (!_addresses.TryGetValue(i, out var a) || !_addresses.TryGetValue(j, out var b))
            return false;
        return (a.Registration is not null && (a.Registration == b.Registration || a.Registration == b.Stay))
            || (a.Stay is not null && (a.Stay == b.Registration || a.Stay == b.Stay));
    }

    private IReadOnlyList<DuplicateRule> Rules(int i, int j)
    {
        var rules = new List<DuplicateRule>(2);
        if (_snils[i] is { } s && s == _snils[j])
            rules.Add(DuplicateRule.Snils);
        if (_document[i] is { } d && d == _document[j])
            rules.Add(DuplicateRule.Document);
        if (_name[i] == _name[j])
        {
            var (bi, bj) = (_parents[i].BirthDate, _parents[j].BirthDate);
            if (bi is not null && bi == bj)
                rules.Add(DuplicateRule.NameAndBirthDate);
            else if (bi is null || bj is null)
            {
                if (ShareChild(i, j))
                    rules.Add(DuplicateRule.NameAndSharedChild);
                if (ShareAddress(i, j))
                    rules.Add(DuplicateRule.NameAndSharedAddress);
            }
        }
        return rules;
    }

    /// <summary>The exact pairs of one joined component, without settled pairs; split where nothing else holds it together.</summary>
    private IEnumerable<DuplicateGroup> Refine(List<int> members)
    {
        var pairs = new List<(int I, int J, IReadOnlyList<DuplicateRule> Rules)>();
        for (var x = 0; x < members.Count; x++)
        {
            for (var y = x + 1; y < members.Count; y++)
            {
                var (i, j) = (members[x], members[y]);
                if (_settled.Contains(_parents[i].Id, _parents[j].Id))
                    continue;
                var rules = Rules(i, j);
                if (rules.Count > 0)
                    pairs.Add((i, j, rules));
            }
        }
        var local = new DisjointSets(members.Count);
        var position = members.Select((m, k) => (m, k)).ToDictionary(t => t.m, t => t.k);
        foreach (var (i, j, _) in pairs)
            local.Union(position[i], position[j]);
        return members
            .GroupBy(m => local.Find(position[m]))
            .Where(g => g.Count() > 1)
            .Select(g =>
            {
                var ids = g.Select(m => _parents[m].Id).Order().ToList();
                var inGroup = g.ToHashSet();
                var groupPairs = pairs.Where(p => inGroup.Contains(p.I))
                    .Select(p => Pair(_parents[p.I].Id, _parents[p.J].Id, p.Rules))
                    .OrderBy(p => p.FirstId).ThenBy(p => p.SecondId)
                    .ToList();
                return new DuplicateGroup(ids, groupPairs);
            });
    }

    private static DuplicatePair Pair(int a, int b, IReadOnlyList<DuplicateRule> rules) =>
        a < b ? new DuplicatePair(a, b, rules) : new DuplicatePair(b, a, rules);
}
