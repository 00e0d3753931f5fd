using SchoolPortal.Domain.NewYear;

namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>What the administrator chose for one pupil: the state, the class of the new year, the date and order of leaving.</summary>
public sealed record MoveChoice(PupilMoveKind Kind, int? TargetClassId, DateOnly? LeavesOn, string? OrderNumber);
