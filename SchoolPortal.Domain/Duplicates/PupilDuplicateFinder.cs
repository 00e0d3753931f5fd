using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Domain.Duplicates;

/// <summary>
/// One child enrolled in two schools at once: the same SNILS, the same birth certificate, or the same full name and birth
/// date, with the records in different schools. Reported to the district and region operators, who settle which school
/// the child really attends. Hash buckets and union-find, linear in the number of pupils.
/// </summary>
public static class PupilDuplicateFinder
{
    public static IReadOnlyList<DuplicateGroup> Find(IReadOnlyList<PupilFacts> pupils, SettledPairs? settled = null)
    {
        settled ??= SettledPairs.None;
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        string Part(string? raw)
        {
            raw ??= "";
            if (!parts.TryGetValue(raw, out var value))
                parts[raw] = value = PersonComparison.NormaliseName(raw);
            return value;
        }
        var snils = new string?[pupils.Count];
        var certificate = new string?[pupils.Count];
        var nameBirth = new string[pupils.Count];
        for (var i = 0; i < pupils.Count; i++)
        {
            var p = pupils[i];
            snils[i] = string.IsNullOrWhiteSpace(p.Snils) ? null : p.Snils.Trim();
            certificate[i] = string.IsNullOrWhiteSpace(p.CertificateNumber)
                ? null
                : $"{PersonComparison.NormaliseCode(p.CertificateSeries)}|{PersonComparison.NormaliseCode(p.CertificateNumber)}";
            nameBirth[i] = $"{Part(p.Surname)}|{Part(p.FirstName)}|{Part(p.Patronymic)}|{p.BirthDate.DayNumber}";
        }

        var sets = new DisjointSets(pupils.Count);
        foreach (var keys in new[] { snils, certificate, nameBirth })
        {
            var first = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < pupils.Count; i++)
            {
                if (keys[i] is not { } key)
                    continue;
                if (first.TryGetValue(key, out var j))
                    sets.Union(i, j);
                else
                    first[key] = i;
            }
        }


        var groups = new List<DuplicateGroup>();
        foreach (var members in sets.Groups())
        {
            var pairs = new List<DuplicatePair>();
            for (var x = 0; x < members.Count; x++)
            {
                for (var y = x + 1; y < members.Count; y++)
                {
                    var (i, j) = (members[x], members[y]);
                    if (pupils[i].SchoolId == pupils[j].SchoolId || settled.Contains(pupils[i].Id, pupils[j].Id))
                        continue;
                    var rules = new List<DuplicateRule>(2);
                    if (snils[i] is { } s && s == snils[j])
                        rules.Add(DuplicateRule.Snils);
                    if (certificate[i] is { } c && c == certificate[j])
                        rules.Add(DuplicateRule.Document);
                    if (nameBirth[i] == nameBirth[j])
                        rules.Add(DuplicateRule.NameAndBirthDate);
                    if (rules.Count > 0)
                        pairs.Add(pupils[i].Id < pupils[j].Id
                            ? new DuplicatePair(pupils[i].Id, pupils[j].Id, rules)
                            : new DuplicatePair(pupils[j].Id, pupils[i].Id, rules));
                }
            }
            if (pairs.Count == 0)
                continue;
            var ids = pairs.SelectMany(p => new[] { p.FirstId, p.SecondId }).Distinct().Order().ToList();
            groups.Add(new DuplicateGroup(ids, pairs.OrderBy(p => p.FirstId).ThenBy(p => p.SecondId).ToList()));
        }
        return groups.OrderBy(g => g.Key).ToList();
    }
}
