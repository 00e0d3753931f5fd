namespace SchoolPortal.Infrastructure.Caching;

/// <summary>
/// What one sort of entry is: its name (the metrics' label, and the first part of its keys), how long an entry is kept, and
/// whether it may go to the shared second level (Redis) or stays on the node that made it (a parsed workbook, an object that
/// does not survive serialization).
/// </summary>
public sealed record CacheKind(string Name, TimeSpan Lifetime, bool Shared)
{
    public string Key(string part) => $"{Name}:{part}";
}
