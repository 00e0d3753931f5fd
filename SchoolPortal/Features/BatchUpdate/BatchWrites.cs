using Microsoft.EntityFrameworkCore.Metadata;
using SchoolPortal.Data.Auditing;

namespace SchoolPortal.Features.BatchUpdate;

/// <summary>
/// What a plan writes without tracking, and what proves at apply time that the records did not change since they were
/// read: the newest audit entry then, and the pupil–parent links through which the changed parents were reached.
/// </summary>
internal sealed class BatchWrites(IModel model, long auditMark)
{
    public AuditedRowUpdates Updates { get; } = new(model);

    /// <summary>The newest audit entry when the records were read: a later entry for one of them means it changed since.</summary>
    public long AuditMark => auditMark;

    /// <summary>For each changed parent, the pupil of the row that changed it.</summary>
    public HashSet<(int PupilId, int ParentId)> Links { get; } = [];

    /// <summary>Rows that move a pupil to another class or add a parent: planned in tracked contexts, which a preview drops.</summary>
    public int TrackedRows { get; set; }
}
