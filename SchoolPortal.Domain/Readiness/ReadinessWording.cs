using SchoolPortal.Domain.Esia;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Domain.Readiness;

/// <summary>
/// The messages of condition 3: a field that did not match (from <see cref="PersonComparison"/>), told with whose field
/// it is and, for a document, whether the series or the number differs. No values are shown.
/// </summary>
internal static class ReadinessWording
{
    public static ReadinessProblem Mismatch(ReadinessSubject subject, FieldMismatch mismatch,
        IReadOnlyList<IdentityDocument> schoolDocuments, IReadOnlyList<IdentityDocument> esiaDocuments)
    {
        var (noun, given) = Field(mismatch.Field);
        var whose = subject.Genitive;
        var condition = ReadinessCondition.MatchesGosuslugi;
        var gosuslugiPlace = subject.IsChild ? FixPlace.GosuslugiFamily : FixPlace.GosuslugiProfile;
        var gosuslugiFix = subject.IsChild
            ? "Родителю: на Госуслугах в разделе «Семья» → «Дети» исправить сведения о ребёнке по документу и дождаться проверки."
            : "Родителю: на Госуслугах исправить свои данные в профиле по паспорту и дождаться проверки.";
        switch (mismatch.Problem)
        {
            case MismatchProblem.MissingInSchool:
                return subject.Problem(condition, $"{noun} {whose} не {given} в школе, а на Госуслугах {given}: сверить нельзя.",
                    $"Внесите {Accusative(mismatch.Field)} в {subject.CardName} по документу.");
            case MismatchProblem.MissingInEsia:
                return new ReadinessProblem(condition, $"{noun} {whose} не {given} на Госуслугах.", gosuslugiFix, gosuslugiPlace, subject.Record.Id);
            case MismatchProblem.MissingOnBothSides:
                return subject.Problem(condition, $"{noun} {whose} не {given} ни в школе, ни на Госуслугах.",
                    $"Внесите {Accusative(mismatch.Field)} в {subject.CardName}; родителю нужно указать то же на Госуслугах.");
            default:
                var text = IsDocument(mismatch.Field) && DocumentDifference(schoolDocuments, esiaDocuments, subject.DocumentKind) is { } part
                    ? $"{part} {whose} в школе не {(part.Contains(" и ") ? "совпадают" : "совпадает")} с Госуслугами."
                    : $"{noun} {whose} в школе не совпадает с Госуслугами.";
                var what = Accusative(mismatch.Field);
                return subject.Problem(condition, text,
                    $"Сверьте {what} с документом. Если ошибка в школе, исправьте {subject.CardAccusative}. "
                    + (subject.IsChild
                        ? "Если ошибка на Госуслугах, родителю нужно исправить сведения о ребёнке в разделе «Семья» → «Дети»."
                        : "Если ошибка на Госуслугах, родителю нужно исправить свои данные в профиле Госуслуг."));
        }
    }

    private static bool IsDocument(string field) => field is MatchField.BirthCertificate or MatchField.IdentityDocument;

    private static (string Noun, string Given) Field(string field) => field switch
    {
        MatchField.Name => ("ФИО", "указано"),
        MatchField.BirthDate => ("Дата рождения", "указана"),
        MatchField.Snils => ("СНИЛС", "указан"),
        MatchField.BirthCertificate => ("Свидетельство о рождении", "указано"),
        _ => ("Документ, удостоверяющий личность,", "указан"),
    };

    private static string Accusative(string field) => field switch
    {
        MatchField.Name => "ФИО",
        MatchField.BirthDate => "дату рождения",
        MatchField.Snils => "СНИЛС",
        MatchField.BirthCertificate => "серию и номер свидетельства о рождении",
        _ => "серию и номер документа, удостоверяющего личность",
    };

    /// <summary>
    /// «Номер свидетельства о рождении», «Серия паспорта», «Серия и номер паспорта» when each side has one document of the
    /// same kind; null when that cannot be said.
    /// </summary>
    private static string? DocumentDifference(IReadOnlyList<IdentityDocument> school, IReadOnlyList<IdentityDocument> esia, DocumentKind? kind)
    {
        var ours = school.Where(d => kind is null || d.Kind == kind).ToList();
        if (ours.Count != 1)
            return null;
        var theirs = esia.Where(d => d.Kind == ours[0].Kind).ToList();
        if (theirs.Count != 1)
            return null;
        var sameSeries = Key(ours[0].Series) == Key(theirs[0].Series);
        var sameNumber = Key(ours[0].Number) == Key(theirs[0].Number);
        var part = sameSeries ? "Номер" : sameNumber ? "Серия" : "Серия и номер";
        return $"{part} {Genitive(ours[0].Kind)}";
    }

    private static string Genitive(DocumentKind kind) => kind switch
    {
        DocumentKind.RfPassport => "паспорта",
        DocumentKind.RfBirthCertificate => "свидетельства о рождении",
        _ => "документа",
    };

    /// <summary>Only to say which part differs; whether documents match is <see cref="PersonComparison"/>'s decision.</summary>
    private static string Key(string? text) =>
        new((text ?? "").ToUpperInvariant().Where(c => !char.IsWhiteSpace(c) && c is not '-' and not '–' and not '—').ToArray());
}
