using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Pupils;

namespace SchoolPortal.Domain.NewYear;

/// <summary>
/// The one state a pupil ends in at the turn of the year (<see cref="Kind"/>), with the class of the new year where the
/// pupil studies (promotion, repetition, enrolment), or the date and order of leaving (graduates, leavers, withdrawals).
/// The opening job writes what it changed into the <c>Previous…</c> fields in the same transaction, so undo restores the
/// pupil exactly.
/// </summary>
public sealed class PupilMove : ISchoolScoped
{
    public const int MaxOrderLength = 100;

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public int SchoolId { get; private set; }
    public int PupilId { get; private set; }
    public PupilMoveKind Kind { get; private set; }

    /// <summary>The class of the new year (Promote, Repeat, Enroll); null for those who leave.</summary>
    public int? TargetClassId { get; private set; }

    /// <summary>Date of leaving (Graduate, Leave, Withdraw).</summary>
    public DateOnly? LeavesOn { get; private set; }

    /// <summary>Order number (required for graduates).</summary>
    public string? OrderNumber { get; private set; }

    // Written by the opening job, read by undo.
    public bool Applied { get; private set; }
    public PupilStatus? PreviousStatus { get; private set; }
    public int? PreviousClassId { get; private set; }
    public DateOnly? PreviousLeftOn { get; private set; }
    public string? PreviousLeavingOrder { get; private set; }

    /// <summary>The membership the opening closed (this year's class), reopened by undo.</summary>
    public int? ClosedMembershipId { get; private set; }

    private PupilMove()
    {
    }

    public PupilMove(int planId, int schoolId, int pupilId, PupilMoveKind kind, int? targetClassId, DateOnly? leavesOn = null, string? orderNumber = null)
    {
        PlanId = planId;
        SchoolId = schoolId;
        PupilId = pupilId;
        Decide(kind, targetClassId, leavesOn, orderNumber);
    }

    /// <summary>Sets the pupil's state; the rules of each kind are checked by the movement plan (<c>MovementPlan</c>).</summary>
    public void Decide(PupilMoveKind kind, int? targetClassId, DateOnly? leavesOn, string? orderNumber)
    {
        if (Applied)
            throw new DomainException("Новый год уже открыт: движение учащихся не меняется (сначала отмените открытие).", "state");
        Kind = kind;
        TargetClassId = targetClassId;
        LeavesOn = leavesOn;
        OrderNumber = string.IsNullOrWhiteSpace(orderNumber) ? null : orderNumber.Trim();
    }
}
