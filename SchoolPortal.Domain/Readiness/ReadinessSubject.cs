using SchoolPortal.Domain.Esia;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Domain.Readiness;

/// <summary>
/// Whose data a problem is about, worded for the messages: «ребёнка» or «родителя Иванова М. П.», with the card that
/// fixes it.
/// </summary>
internal sealed record ReadinessSubject(PersonRecord Record, bool IsChild)
{
    /// <summary>«ребёнка», «родителя Иванова М. П.».</summary>
    public string Genitive => IsChild ? "ребёнка" : $"родителя {Record.Name.Short}";

    public FixPlace Card => IsChild ? FixPlace.PupilCard : FixPlace.ParentCard;

    /// <summary>«в карточке ученика».</summary>
    public string CardName => IsChild ? "карточке ученика" : "карточке родителя";

    /// <summary>«исправьте карточку ученика».</summary>
    public string CardAccusative => IsChild ? "карточку ученика" : "карточку родителя";

    /// <summary>The documents compared: the birth certificate for a child, any identity document for a parent.</summary>
    public DocumentKind? DocumentKind => IsChild ? People.DocumentKind.RfBirthCertificate : null;

    public string DocumentField => IsChild ? MatchField.BirthCertificate : MatchField.IdentityDocument;

    public ReadinessProblem Problem(ReadinessCondition condition, string text, string fix) =>
        new(condition, text, fix, Card, Record.Id);
}
