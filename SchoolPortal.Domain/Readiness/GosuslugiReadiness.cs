using SchoolPortal.Domain.Esia;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Domain.Readiness;

/// <summary>
/// The briefing's four conditions for a child's «Школьное портфолио» on Gosuslugi, checked against the school records
/// and, for a parent who signed in with Gosuslugi, against what ESIA returned. The portfolio appears in a parent's
/// Gosuslugi profile when all four hold for that parent, so each linked parent is checked on their own and the child
/// shows the parent closest to ready. Kids are paired with <see cref="KidMatch"/> and compared with
/// <see cref="PersonComparison"/>, the rules the ESIA linking uses.
/// </summary>
public static class GosuslugiReadiness
{
    private const string SignInFix =
        "Родителю: войти на портал кнопкой «Войти через Госуслуги». Если вход не удаётся, школа выдаёт код привязки учетной записи.";

    private const string FamilyFix =
        "Родителю: на Госуслугах в разделе «Семья» → «Дети» добавить ребёнка с серией и номером свидетельства о рождении и СНИЛС, "
        + "дождаться проверки сведений и снова войти на портал через Госуслуги.";

    public static ChildReadiness Check(PersonRecord child, IEnumerable<ReadinessParent> parents)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(parents);
        var childSubject = new ReadinessSubject(child, IsChild: true);
        var childGaps = ChildGaps(child);
        var paths = parents.Select(p => Path(childSubject, childGaps, p)).ToList();
        if (paths.Count == 0)
            return WithoutParent(child, childGaps);

        // The parent closest to ready: fewest failures, then fewest unchecked conditions, then one who signed in; else the first.
        var best = paths
            .OrderBy(p => p.Count(ConditionState.NotMet))
            .ThenBy(p => p.Count(ConditionState.Unknown))
            .ThenByDescending(p => p.SignedInWithGosuslugi)
            .First();
        return new ChildReadiness(child.Id, best.Conditions, paths, best.ParentId);
    }

    private static ParentReadiness Path(ReadinessSubject child, IReadOnlyList<ReadinessProblem> childGaps, ReadinessParent parent)
    {
        var subject = new ReadinessSubject(parent.Record, IsChild: false);
        var complete = Result(ReadinessCondition.RecordsComplete, [.. childGaps, .. ParentGaps(subject)]);
        ConditionResult listed, matches;
        if (parent.Esia is null)
        {
            listed = Unchecked(ReadinessCondition.ListedOnGosuslugi, parent);
            matches = Unchecked(ReadinessCondition.MatchesGosuslugi, parent);
        }
        else
        {
            var kid = FindKid(parent.Esia, child.Record);
            listed = Listed(parent, kid);
            matches = Matches(child, subject, parent, kid);
        }
        return new ParentReadiness(parent.Record.Id, parent.Record.Name, parent.Relation, parent.HasEsiaData,
            [listed, complete, matches, ConditionResult.Met(ReadinessCondition.ParentLinked)]);
    }

    /// <summary>Condition 2, the child's part: full name, birth date, an identity document and SNILS, each readable.</summary>
    private static List<ReadinessProblem> ChildGaps(PersonRecord child)
    {
        var subject = new ReadinessSubject(child, IsChild: true);
        var gaps = new List<ReadinessProblem>();
        const ReadinessCondition condition = ReadinessCondition.RecordsComplete;
        if (child.BirthDate is null)
            gaps.Add(subject.Problem(condition, "У ребёнка не указана дата рождения.", "Укажите дату рождения в карточке ученика по свидетельству о рождении."));
        if (child.Documents.Count == 0)
            gaps.Add(subject.Problem(condition, "У ребёнка не указан документ, удостоверяющий личность (свидетельство о рождении или паспорт).",
                "Внесите серию и номер свидетельства о рождении (с 14 лет — и паспорта) в карточку ученика."));
        gaps.AddRange(DocumentErrors(subject));
        if (child.Snils is null)
            gaps.Add(subject.Problem(condition, "У ребёнка не указан СНИЛС.",
                "Внесите СНИЛС ребёнка в карточку ученика: Госуслуги проверяют СНИЛС ребёнка, и по нему записи сопоставляются надёжнее всего."));
        else if (Snils.Validate(child.Snils.Value) is { } error)
            gaps.Add(subject.Problem(condition, $"СНИЛС ребёнка внесён с ошибкой: {error}", "Исправьте СНИЛС в карточке ученика по карточке СНИЛС."));
        return gaps;
    }

    /// <summary>Condition 2, the parent's part: full name, birth date and an identity document, each readable.</summary>
    private static List<ReadinessProblem> ParentGaps(ReadinessSubject parent)
    {
        var gaps = new List<ReadinessProblem>();
        const ReadinessCondition condition = ReadinessCondition.RecordsComplete;
        var who = parent.Genitive;
        if (parent.Record.BirthDate is null)
            gaps.Add(parent.Problem(condition, $"У {who} не указана дата рождения.", "Укажите дату рождения в карточке родителя по его паспорту."));
        if (parent.Record.Documents.Count == 0)
            gaps.Add(parent.Problem(condition, $"У {who} не указан документ, удостоверяющий личность (паспорт).",
                "Внесите серию и номер паспорта родителя в карточку родителя."));
        gaps.AddRange(DocumentErrors(parent));
        return gaps;
    }

    /// <summary>A document stored before the checks existed (e.g. series «4-ИВ», a five-digit number) cannot match anything.</summary>
    private static IEnumerable<ReadinessProblem> DocumentErrors(ReadinessSubject subject)
    {
        foreach (var document in subject.Record.Documents)
        {
            if (IdentityDocument.Validate(document.Kind, document.Series, document.Number) is not { } error)
                continue;
            var where = document.Kind switch
            {
                DocumentKind.RfPassport => "паспорте",
                DocumentKind.RfBirthCertificate => "свидетельстве о рождении",
                _ => "документе",
            };
            yield return subject.Problem(ReadinessCondition.RecordsComplete, $"В {where} {subject.Genitive} ошибка: {error}",
                $"Исправьте документ в {subject.CardName}, сверив с оригиналом.");
        }
    }

    private static ConditionResult Unchecked(ReadinessCondition condition, ReadinessParent parent)
    {
        var name = parent.Record.Name.Short;
        var text = parent.LinkedToGosuslugi
            ? $"Учетная запись родителя {name} связана с Госуслугами, но данные Госуслуг ещё не получены: сверка будет после следующего входа через Госуслуги."
            : $"Родитель {name} не вошёл через Госуслуги: сверка с Госуслугами будет после первого входа.";
        return new ConditionResult(condition, ConditionState.Unknown, [new ReadinessProblem(condition, text, SignInFix, FixPlace.PortalSignIn, parent.Record.Id)]);
    }

    /// <summary>The ESIA kid that is this child: an exact pair, else the nearest kid (whose differences condition 3 lists).</summary>
    private static EsiaKid? FindKid(EsiaPerson esia, PersonRecord child)
    {
        var match = KidMatch.Match(esia.Kids, [child]);
        if (match.Matched.Count == 1)
            return match.Matched[0].Kid;
        var nearest = match.ChildrenWithoutKid.SingleOrDefault()?.NearestKidId;
        return nearest is null ? null : esia.Kids.First(k => k.Id == nearest);
    }

    /// <summary>Condition 1: a confirmed account lists the child with a birth certificate and SNILS.</summary>
    private static ConditionResult Listed(ReadinessParent parent, EsiaKid? kid)
    {
        const ReadinessCondition condition = ReadinessCondition.ListedOnGosuslugi;
        var name = parent.Record.Name.Short;
        var id = parent.Record.Id;
        var problems = new List<ReadinessProblem>();
        if (!parent.Esia!.IsTrusted)
            problems.Add(new(condition, $"Учетная запись родителя {name} на Госуслугах не подтверждена: сведения о детях в ней не проверены.",
                "Родителю: подтвердить учетную запись Госуслуг (в МФЦ, через онлайн-банк или заказным письмом) и снова войти на портал через Госуслуги.",
                FixPlace.GosuslugiProfile, id));
        if (kid is null)
        {
            problems.Add(new(condition, parent.Esia.Kids.Count == 0
                    ? $"У родителя {name} на Госуслугах в разделе «Семья» → «Дети» нет ни одного ребёнка."
                    : $"Ребёнка нет среди детей родителя {name} на Госуслугах (раздел «Семья» → «Дети»).",
                FamilyFix, FixPlace.GosuslugiFamily, id));
        }
        else
        {
            if (kid.Documents.Count == 0)
                problems.Add(new(condition, $"У ребёнка на Госуслугах (в профиле родителя {name}) не указано свидетельство о рождении.",
                    "Родителю: на Госуслугах в разделе «Семья» → «Дети» указать серию и номер свидетельства о рождении ребёнка и дождаться проверки.",
                    FixPlace.GosuslugiFamily, id));
            else if (!kid.DocumentsVerified)
                problems.Add(new(condition, $"Документы ребёнка на Госуслугах (в профиле родителя {name}) ещё не проверены.",
                    "Родителю: дождаться проверки документов ребёнка на Госуслугах (обычно до 5 рабочих дней) и снова войти на портал через Госуслуги.",
                    FixPlace.GosuslugiFamily, id));
            if (kid.Snils is null)
                problems.Add(new(condition, $"У ребёнка на Госуслугах (в профиле родителя {name}) не указан СНИЛС.",
                    "Родителю: на Госуслугах в разделе «Семья» → «Дети» указать СНИЛС ребёнка и дождаться проверки.",
                    FixPlace.GosuslugiFamily, id));
        }
        return Result(condition, problems);
    }

    /// <summary>Condition 3: full name, birth date and document of the parent and of the child equal on both sides (SNILS, where both have one).</summary>
    private static ConditionResult Matches(ReadinessSubject child, ReadinessSubject parent, ReadinessParent input, EsiaKid? kid)
    {
        var esia = input.Esia!;
        var problems = Differences(parent, PersonFacts.Of(esia), esia.Documents).ToList();
        if (kid is not null)
        {
            problems.AddRange(Differences(child, PersonFacts.Of(kid), kid.Documents));
            return Result(ReadinessCondition.MatchesGosuslugi, problems);
        }
        if (problems.Count > 0)
            return Result(ReadinessCondition.MatchesGosuslugi, problems);
        return new ConditionResult(ReadinessCondition.MatchesGosuslugi, ConditionState.Unknown,
        [
            new(ReadinessCondition.MatchesGosuslugi,
                $"Данные ребёнка сверить не с чем: на Госуслугах у родителя {input.Record.Name.Short} нет этого ребёнка (см. условие 1).",
                FamilyFix, FixPlace.GosuslugiFamily, input.Record.Id),
        ]);
    }

    private static IEnumerable<ReadinessProblem> Differences(ReadinessSubject subject, PersonFacts esia, IReadOnlyList<IdentityDocument> esiaDocuments)
    {
        var comparison = PersonComparison.Of(esia, PersonFacts.Of(subject.Record), subject.DocumentKind, subject.DocumentField);
        // SNILS is not among the fields condition 3 names; two different numbers, though, are an error to fix.
        return comparison.Mismatches
            .Where(m => m.Field != MatchField.Snils || m.Problem == MismatchProblem.Differs)
            .Select(m => ReadinessWording.Mismatch(subject, m, subject.Record.Documents, esiaDocuments));
    }

    private static ChildReadiness WithoutParent(PersonRecord child, IReadOnlyList<ReadinessProblem> childGaps)
    {
        const string fix = "Откройте карточку ученика, вкладку «Родители», и привяжите родителя. Если родитель уже есть в системе "
            + "(например, у брата или сестры), выберите его запись: вторая запись того же родителя мешает сопоставлению с Госуслугами.";
        ReadinessProblem Problem(ReadinessCondition condition, string text) => new(condition, text, fix, FixPlace.PupilParents, child.Id);
        const string noOne = "Проверить Госуслуги не через кого: к ученику не привязан ни один родитель.";
        return new ChildReadiness(child.Id,
        [
            new(ReadinessCondition.ListedOnGosuslugi, ConditionState.Unknown, [Problem(ReadinessCondition.ListedOnGosuslugi, noOne)]),
            Result(ReadinessCondition.RecordsComplete,
                [.. childGaps, Problem(ReadinessCondition.RecordsComplete, "Сведения о родителе не внесены: к ученику не привязан ни один родитель.")]),
            new(ReadinessCondition.MatchesGosuslugi, ConditionState.Unknown, [Problem(ReadinessCondition.MatchesGosuslugi, noOne)]),
            Result(ReadinessCondition.ParentLinked, [Problem(ReadinessCondition.ParentLinked, "К ученику не привязан ни один родитель.")]),
        ], [], null);
    }

    private static ConditionResult Result(ReadinessCondition condition, IReadOnlyList<ReadinessProblem> problems) =>
        new(condition, problems.Count == 0 ? ConditionState.Met : ConditionState.NotMet, problems);
}
