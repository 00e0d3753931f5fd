namespace SchoolPortal.Domain.Readiness;

/// <summary>
/// The four conditions of the briefing under which a child's «Школьное портфолио» appears on Gosuslugi, numbered as the
/// briefing numbers them.
/// </summary>
public enum ReadinessCondition
{
    /// <summary>The child is listed in the parent's Gosuslugi profile («Семья» → «Дети») with birth certificate and SNILS.</summary>
    ListedOnGosuslugi = 1,

    /// <summary>The school holds full name, birth date and identity document of the child and of the parent.</summary>
    RecordsComplete = 2,

    /// <summary>Those data match Gosuslugi exactly.</summary>
    MatchesGosuslugi = 3,

    /// <summary>The parent's record is linked to the child's record.</summary>
    ParentLinked = 4,
}
