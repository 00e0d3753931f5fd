namespace SchoolPortal.Domain.NewYear;

/// <summary>One pupil's state at the turn of the year, as proposed or as the plan holds it (<see cref="PupilMove"/>).</summary>
public sealed record MoveDecision(int PupilId, PupilMoveKind Kind, int? TargetClassId, DateOnly? LeavesOn = null, string? OrderNumber = null)
{
    public bool Leaves => Kind is PupilMoveKind.Graduate or PupilMoveKind.Leave or PupilMoveKind.Withdraw;

    public bool Studies => Kind is PupilMoveKind.Promote or PupilMoveKind.Repeat or PupilMoveKind.Enroll;
}
