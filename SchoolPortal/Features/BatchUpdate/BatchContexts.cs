using SchoolPortal.Data;

namespace SchoolPortal.Features.BatchUpdate;

/// <summary>
/// Where a plan reads and what becomes of its tracked chunks. A preview's contexts are independent (reads may run side by
/// side) and dropped; an apply's share its connection and transaction (one at a time), and each tracked chunk is saved.
/// </summary>
internal sealed record BatchContexts(Func<Task<PortalDbContext>> Open, Func<PortalDbContext, Task>? SaveChunk, bool Independent)
{
    public static BatchContexts Preview(Func<Task<PortalDbContext>> open) => new(open, null, true);

    public static BatchContexts Apply(Func<Task<PortalDbContext>> onTransaction, Func<PortalDbContext, Task> saveChunk) => new(onTransaction, saveChunk, false);
}
