namespace SchoolPortal.Domain.Esia;

/// <summary>ESIA kids against the parent's children: the pairs, and the leftovers on each side for the school to fix.</summary>
public sealed record KidMatchResult(
    IReadOnlyList<KidPair> Matched,
    IReadOnlyList<KidWithoutChild> KidsWithoutChild,
    IReadOnlyList<ChildWithoutKid> ChildrenWithoutKid)
{
    public bool AllMatched => KidsWithoutChild.Count == 0 && ChildrenWithoutKid.Count == 0;
}
