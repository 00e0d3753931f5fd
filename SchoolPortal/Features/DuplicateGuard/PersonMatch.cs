namespace SchoolPortal.Features.DuplicateGuard;

/// <summary>
/// An existing record that looks like the person being saved. It carries only what identifies the record to the user
/// (name, school, why, where to open it): the record may belong to another school, so nothing else is shown.
/// </summary>
public sealed record PersonMatch(PersonKind Kind, int Id, string FullName, string? SchoolName, IReadOnlyList<MatchReason> Reasons)
{
    /// <summary>The card's page: the pupil card, the parent card or the staff card.</summary>
    public string Link => Kind switch
    {
        PersonKind.Pupil => $"/management/pupils/{Id}",
        PersonKind.Parent => $"/management/parents/{Id}",
        _ => $"/management/staff/{Id}",
    };

    /// <summary>«совпадает СНИЛС, совпадают ФИО и дата рождения».</summary>
    public string ReasonText => string.Join(", ", Reasons.Select(Describe));

    /// <summary>«Иванов Иван Иванович (МАОУ «СОШ № 1»)».</summary>
    public string Title => SchoolName is null ? FullName : $"{FullName} ({SchoolName})";

    /// <summary>The refusal the card shows: «Такой человек уже есть: …, совпадает СНИЛС. Откройте существующую карточку.»</summary>
    public string Message => $"Такой человек уже есть: {Title}, {ReasonText}. Откройте существующую карточку.";

    public static string Describe(MatchReason reason) => reason switch
    {
        MatchReason.Snils => "совпадает СНИЛС",
        MatchReason.Document => "совпадает документ (вид, серия и номер)",
        _ => "совпадают ФИО и дата рождения",
    };
}
