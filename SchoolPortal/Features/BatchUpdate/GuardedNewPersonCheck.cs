using PersonComparison = SchoolPortal.Domain.Esia.PersonComparison;
using SchoolPortal.Features.DuplicateGuard;

namespace SchoolPortal.Features.BatchUpdate;

/// <summary>
/// The people an update file would create, checked like a card's «Добавить»: against the region's records
/// (<see cref="PersonDuplicateGuard"/>: SNILS, document, full name and birth date) and against each other within the file.
/// A file cannot carry an administrator's reason, so a true namesake is added on the child's card instead.
/// </summary>
public sealed class GuardedNewPersonCheck(PersonDuplicateGuard guard) : INewPersonCheck
{
    public const string AddOnCard = "Если это другой человек с теми же данными, добавьте его в карточке ученика, указав причину.";

    public async Task<IReadOnlyList<RowError>> CheckAsync(IReadOnlyList<NewPersonCandidate> candidates, CancellationToken ct)
    {
        if (candidates.Count == 0)
            return [];
        var probes = candidates.Select(c => new PersonProbe(Kind(c.Kind), c.Name, c.BirthDate, c.Snils, c.Document, null, null)).ToList();
        var matches = await guard.FindManyAsync(probes, ct);
        var errors = new List<RowError>();
        foreach (var (index, found) in matches.OrderBy(m => m.Key))
        {
            var candidate = candidates[index];
            errors.AddRange(found.Select(m => new RowError(candidate.Row, candidate.Column, $"{m.Message} {AddOnCard}")));
        }
        errors.AddRange(RepeatsWithinTheFile(candidates));
        return errors;
    }

    /// <summary>The same new person typed on two rows (two siblings' rows, say): the later rows are refused.</summary>
    private static IEnumerable<RowError> RepeatsWithinTheFile(IReadOnlyList<NewPersonCandidate> candidates)
    {
        var first = new Dictionary<string, NewPersonCandidate>();
        foreach (var candidate in candidates)
        {
            foreach (var key in Keys(candidate))
            {
                if (first.TryGetValue(key, out var earlier) && earlier.Row != candidate.Row)
                {
                    yield return new RowError(candidate.Row, candidate.Column,
                        $"Этот же человек уже добавлен в строке {earlier.Row}: оставьте одну запись и укажите её для обоих детей на их карточках.");
                    break;
                }
                first.TryAdd(key, candidate);
            }
        }
    }

    private static IEnumerable<string> Keys(NewPersonCandidate c)
    {
        if (c.Snils is { } snils)
            yield return $"{c.Kind}|snils|{snils.Value}";
        if (c.Document is { } document)
            yield return $"{c.Kind}|doc|{document.Kind}|{PersonComparison.NormaliseCode(document.Series)}|{PersonComparison.NormaliseCode(document.Number)}";
        if (c.BirthDate is { } birth)
            yield return $"{c.Kind}|name|{PersonComparison.NormaliseName(c.Name.Full)}|{birth:yyyy-MM-dd}";
    }

    private static PersonKind Kind(RecordKind kind) => kind == RecordKind.Pupil ? PersonKind.Pupil : PersonKind.Parent;
}
