using SchoolPortal.Domain.NewYear;

namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>
/// A pupil in the movement step: this year's class (none for a pupil enrolled from the new year) and the state chosen
/// (<see cref="Kind"/> null: no state yet).
/// </summary>
public sealed record PupilMoveRow(int PupilId, string Name, int? FromClassId, string? FromClass, int? FromGrade, PupilMoveKind? Kind,
    int? TargetClassId, string? TargetClass, DateOnly? LeavesOn, string? OrderNumber)
{
    public bool IsNew => FromClassId is null;

    public MoveChoice? Choice => Kind is { } kind ? new MoveChoice(kind, TargetClassId, LeavesOn, OrderNumber) : null;
}
