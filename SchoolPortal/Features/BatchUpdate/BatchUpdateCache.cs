using Microsoft.Extensions.Caching.Memory;

namespace SchoolPortal.Features.BatchUpdate;

/// <summary>
/// What one upload's steps share within this server: the page counts the rows, the preview (inline or a long operation)
/// reads and plans the file, the apply writes it — each in a scope of its own. The parsed sheet is kept by the file's hash;
/// a preview that only changes fields of existing records is kept for its apply, for the user who made it. Entries are
/// bounded by their rows and expire; a miss (another server, a restart, an old preview) only means the work is done again.
/// </summary>
public sealed class BatchUpdateCache : IDisposable
{
    /// <summary>Rows held in all entries together: a few big uploads at once.</summary>
    public const long RowLimit = 200_000;

    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = RowLimit });

    public BatchSheet? Sheet(string hash) => _cache.Get<BatchSheet>(("sheet", hash));

    public void Keep(string hash, BatchSheet sheet) => _cache.Set(("sheet", hash), sheet, Entry(sheet.Rows.Count));

    /// <summary>The kept preview of this user, file and plan, removed: a preview is applied once.</summary>
    internal (BatchPlan Plan, BatchWrites Writes)? TakePreview(int accountId, string hash, string fingerprint)
    {
        var key = ("preview", accountId, hash, fingerprint);
        if (!_cache.TryGetValue(key, out (BatchPlan Plan, BatchWrites Writes) kept))
            return null;
        _cache.Remove(key);
        return kept;
    }

    internal void KeepPreview(int accountId, string hash, BatchPlan plan, BatchWrites writes) =>
        _cache.Set(("preview", accountId, hash, plan.Fingerprint), (plan, writes), Entry(plan.Rows));

    public void Dispose() => _cache.Dispose();

    private static MemoryCacheEntryOptions Entry(int rows) => new() { Size = Math.Max(1, rows), SlidingExpiration = Idle };
}
