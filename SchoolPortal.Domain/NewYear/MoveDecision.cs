namespace SchoolPortal.Domain.NewYear;

/// <summary>One pupil's state at the turn of the year, as proposed or as the plan holds it (<see cref="PupilMove"/>).</summary>
public sealed record MoveDecision(int PupilId, PupilMoveKind Kind, int? TargetClassId, DateOnly? LeavesOn = null, string? OrderNumber = null)
{
    public bool Leaves => PupilMoveKinds.OutOfTheSchool.Contains(Kind);

    public bool Studies => PupilMoveKinds.IntoAClass.Contains(Kind);
}
