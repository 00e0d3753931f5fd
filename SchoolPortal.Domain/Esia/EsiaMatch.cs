using SchoolPortal.Domain.People;

namespace SchoolPortal.Domain.Esia;

/// <summary>
/// Links an unknown ESIA account to a school record only on an exact match with a trusted account: SNILS, or full name
/// + birth date + identity document, and only when exactly one record matches.
/// </summary>
public static class EsiaMatch
{
    /// <summary>The briefing's message when no automatic link is made.</summary>
    public const string NotLinkedMessage = "С выбранной учетной записью портала Госуслуг не связан ни один пользователь системы";

    public const string NotTrustedReason =
        "Автоматическая привязка невозможна: учетная запись на Госуслугах не подтверждена. Подтвердите её (в МФЦ или через банк) "
        + "либо привяжите учетную запись по логину и паролю портала или по коду, выданному школой.";

    public const string NoMatchReason =
        "Данные учетной записи Госуслуг не совпали полностью ни с одной записью в системе. Проверьте данные на Госуслугах "
        + "или сообщите школе, какие поля не совпали; можно также привязать учетную запись по логину и паролю или по коду из школы.";

    public const string NotFoundReason =
        "Ваши данные не найдены ни в одной школе. Обратитесь в школу или привяжите учетную запись по логину и паролю "
        + "либо по коду, выданному школой.";

    public static string AmbiguousReason(int count) =>
        $"Автоматическая привязка невозможна: данные Госуслуг совпали сразу с несколькими записями в системе ({count}). "
        + "Обратитесь в школу или привяжите учетную запись по логину и паролю либо по коду, выданному школой.";

    public static EsiaMatchResult Match(EsiaPerson esia, IEnumerable<PersonRecord> candidates)
    {
        ArgumentNullException.ThrowIfNull(esia);
        ArgumentNullException.ThrowIfNull(candidates);

        var facts = PersonFacts.Of(esia);
        var compared = candidates
            .Select(c => (Record: c, Comparison: PersonComparison.Of(facts, PersonFacts.Of(c), null, MatchField.IdentityDocument)))
            .ToList();
        var exact = compared.Where(c => c.Comparison.IsExact).Select(c => c.Record).ToList();

        if (!esia.IsTrusted)
        {
            // Full matches are listed with no mismatched fields: the only obstacle is the unconfirmed account.
            var near = compared.Where(c => c.Comparison.IsNear || c.Comparison.IsExact).Select(c => Mismatch(c.Record, c.Comparison)).ToList();
            return new(EsiaMatchOutcome.NotTrusted, null, NotTrustedReason, near);
        }

        var nearMisses = compared
            .Where(c => !c.Comparison.IsExact && c.Comparison.IsNear)
            .Select(c => Mismatch(c.Record, c.Comparison))
            .ToList();

        return exact.Count switch
        {
            1 => new(EsiaMatchOutcome.Linked, exact[0], null, []),
            > 1 => new(EsiaMatchOutcome.Ambiguous, null, AmbiguousReason(exact.Count), nearMisses),
            _ => new(EsiaMatchOutcome.NoMatch, null, nearMisses.Count > 0 ? NoMatchReason : NotFoundReason, nearMisses),
        };
    }

    private static CandidateMismatch Mismatch(PersonRecord record, PersonComparison comparison) =>
        new(record.Id, record.Kind, comparison.IsExact ? [] : comparison.Mismatches);

    /// <summary>Whether two names are the same person's name: case, ё/е and extra spaces ignored.</summary>
    public static bool SameName(PersonName a, PersonName b) => PersonComparison.SameName(a, b);

    /// <summary>Whether two documents are the same: kind, series and number, spaces and hyphens ignored.</summary>
    public static bool SameDocument(IdentityDocument a, IdentityDocument b) => PersonComparison.SameDocument(a, b);
}
