using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.NewYear;

namespace SchoolPortal.Features.NewYear.Engine;

/// <summary>How many pupils of a plan take each move, and how many staff leave: one GroupBy, for the preview and the audit entry.</summary>
public sealed record MoveCounts(int Promoted, int Repeaters, int Graduates, int Leavers, int Enrolled, int Withdrawn, int StaffLeaving)
{
    public int Pupils => Promoted + Repeaters + Graduates + Leavers + Enrolled + Withdrawn;

    public static async Task<MoveCounts> ReadAsync(PortalDbContext db, int planId, CancellationToken ct)
    {
        var byKind = await db.PupilMoves.IgnoreQueryFilters().Where(m => m.PlanId == planId)
            .GroupBy(m => m.Kind).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var staff = await db.StaffMoves.IgnoreQueryFilters().CountAsync(s => s.PlanId == planId, ct);
        int Of(PupilMoveKind kind) => byKind.GetValueOrDefault(kind);
        return new MoveCounts(Of(PupilMoveKind.Promote), Of(PupilMoveKind.Repeat), Of(PupilMoveKind.Graduate), Of(PupilMoveKind.Leave),
            Of(PupilMoveKind.Enroll), Of(PupilMoveKind.Withdraw), staff);
    }

    public override string ToString() =>
        $"переведено {Promoted}, оставлено на повторное обучение {Repeaters}, выпущено {Graduates}, выбыло {Leavers}, " +
        $"зачислено {Enrolled}, выбыло с нового года {Withdrawn}, уволено сотрудников {StaffLeaving}";
}
