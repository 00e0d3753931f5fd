using SchoolPortal.Domain.People;

namespace SchoolPortal.Domain.Esia;

/// <summary>
/// Matches the kids of a parent's ESIA account to the parent's children in the school records: SNILS, or full name +
/// birth date + birth certificate. A pair is made only when the kid and the child match each other and nobody else.
/// </summary>
public static class KidMatch
{
    public static KidMatchResult Match(IEnumerable<EsiaKid> kids, IEnumerable<PersonRecord> children)
    {
        ArgumentNullException.ThrowIfNull(kids);
        ArgumentNullException.ThrowIfNull(children);
        var kidList = kids.ToList();
        var childList = children.ToList();

        var comparisons = new PersonComparison[kidList.Count, childList.Count];
        for (var k = 0; k < kidList.Count; k++)
        {
            for (var c = 0; c < childList.Count; c++)
            {
                comparisons[k, c] = PersonComparison.Of(
                    PersonFacts.Of(kidList[k]), PersonFacts.Of(childList[c]), DocumentKind.RfBirthCertificate, MatchField.BirthCertificate);
            }
        }

        var matched = new List<KidPair>();
        var kidTaken = new bool[kidList.Count];
        var childTaken = new bool[childList.Count];
        for (var k = 0; k < kidList.Count; k++)
        {
            var exactChildren = Enumerable.Range(0, childList.Count).Where(c => comparisons[k, c].IsExact).ToList();
            if (exactChildren.Count != 1)
                continue;
            var child = exactChildren[0];
            var exactKids = Enumerable.Range(0, kidList.Count).Count(other => comparisons[other, child].IsExact);
            if (exactKids != 1)
                continue;
            matched.Add(new KidPair(kidList[k], childList[child]));
            kidTaken[k] = true;
            childTaken[child] = true;
        }

        var kidsWithoutChild = new List<KidWithoutChild>();
        for (var k = 0; k < kidList.Count; k++)
        {
            if (kidTaken[k])
                continue;
            var nearest = Nearest(Enumerable.Range(0, childList.Count).Where(c => !childTaken[c]), c => comparisons[k, c]);
            kidsWithoutChild.Add(nearest is { } c
                ? new KidWithoutChild(kidList[k], childList[c].Id, comparisons[k, c].Mismatches)
                : new KidWithoutChild(kidList[k], null, []));
        }

        var childrenWithoutKid = new List<ChildWithoutKid>();
        for (var c = 0; c < childList.Count; c++)
        {
            if (childTaken[c])
                continue;
            var nearest = Nearest(Enumerable.Range(0, kidList.Count).Where(k => !kidTaken[k]), k => comparisons[k, c]);
            childrenWithoutKid.Add(nearest is { } k
                ? new ChildWithoutKid(childList[c], kidList[k].Id, comparisons[k, c].Mismatches)
                : new ChildWithoutKid(childList[c], null, []));
        }

        return new KidMatchResult(matched, kidsWithoutChild, childrenWithoutKid);
    }

    /// <summary>The close counterpart with the fewest mismatched fields (an exact one that was ambiguous counts too).</summary>
    private static int? Nearest(IEnumerable<int> indexes, Func<int, PersonComparison> comparison) =>
        indexes
            .Where(i => comparison(i).IsNear || comparison(i).IsExact)
            .OrderBy(i => comparison(i).Mismatches.Count)
            .Select(i => (int?)i)
            .FirstOrDefault();
}
