namespace SchoolPortal.Features.DuplicateGuard;

/// <summary>Why an existing record is taken for the same person: the three rules of the briefing's duplicate check.</summary>
public enum MatchReason
{
    Snils = 1,
    Document = 2,
    NameAndBirthDate = 3,
}
