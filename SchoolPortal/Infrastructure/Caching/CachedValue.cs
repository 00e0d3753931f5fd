using System.ComponentModel;

namespace SchoolPortal.Infrastructure.Caching;

/// <summary>
/// A kept value, the moment it stops being good by the portal's clock (<paramref name="Until"/>; the tests move that clock),
/// the tags of the records it was read from, and the instant its read began by the real clock (<paramref name="ReadAt"/>,
/// UTC ticks), which <see cref="PortalCache"/> compares with the tags' removals. Marked immutable so HybridCache hands the
/// same instance to every reader on this node instead of a copy per read: cached values are never changed once kept.
/// </summary>
[ImmutableObject(true)]
public sealed record CachedValue<T>(T Value, DateTimeOffset Until, IReadOnlyList<string> Tags, long ReadAt);
