namespace SchoolPortal.Features.Enrollment;

/// <summary>The status actions the card offers; «Зачислить» is done by the enrolment order, not from the card.</summary>
public enum ApplicationAction
{
    Register = 1,
    TakeForReview = 2,
    Invite = 3,
    Direct = 4,
    RequestCorrection = 5,
    Refuse = 6,
    Withdraw = 7,
}
