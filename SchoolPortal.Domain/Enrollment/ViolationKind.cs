namespace SchoolPortal.Domain.Enrollment;

/// <summary>What an application did against the Order 458 admission procedure (Порядок приема, Приказ Минпросвещения № 458).</summary>
public enum ViolationKind
{
    /// <summary>A first-stage grade-1 application moved to «Направлен в ООО» before the first stage was over (п. 17).</summary>
    EarlyDirecting = 1,

    /// <summary>The enrolment order for first-stage applications issued later than the working days after the first stage (п. 17).</summary>
    LateOrder = 2,

    /// <summary>A grade-1 application accepted outside its stage's window (п. 17).</summary>
    OutsideWindow = 3,

    /// <summary>A refusal on a ground other than lack of places or the founder's decision on age (п. 15).</summary>
    UnlawfulRefusal = 4,

    /// <summary>An application in progress without a status change for longer than the region's threshold in working days.</summary>
    Stale = 5,
}
