namespace SchoolPortal.Domain.Duplicates;

/// <summary>Union-find over 0..n-1 with path halving and union by size: near-constant time per operation.</summary>
internal sealed class DisjointSets
{
    private readonly int[] _parent;
    private readonly int[] _size;

    public DisjointSets(int count)
    {
        _parent = new int[count];
        _size = new int[count];
        for (var i = 0; i < count; i++)
        {
            _parent[i] = i;
            _size[i] = 1;
        }
    }

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }
        return x;
    }

    public void Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb)
            return;
        if (_size[ra] < _size[rb])
            (ra, rb) = (rb, ra);
        _parent[rb] = ra;
        _size[ra] += _size[rb];
    }

    public int SizeOf(int x) => _size[Find(x)];

    /// <summary>The sets of two or more elements, each as its members in ascending order.</summary>
    public IEnumerable<List<int>> Groups()
    {
        var groups = new Dictionary<int, List<int>>();
        for (var i = 0; i < _size.Length; i++)
        {
            if (SizeOf(i) < 2)
                continue;
            var root = Find(i);
            if (!groups.TryGetValue(root, out var members))
                groups[root] = members = [];
            members.Add(i);
        }
        return groups.Values;
    }
}
