using SchoolPortal.Domain.Accounts;

namespace SchoolPortal.Domain.Parents;

/// <summary>
/// Who controls a parent's portal account (its codes, its Gosuslugi link, its login, the card): a parent's account gives
/// access to all their children, so a school controls it only when every child studies in that school. A school that
/// shares the parent with another school may link the parent to its own pupil, but not take the account over.
/// Region operators always control it; a municipal operator when every child studies in the district.
/// </summary>
public static class ParentAccountControl
{
    /// <param name="placements">Every current placement of every child of the parent (a child in two classes appears twice).</param>
    public static bool Controls(Role roles, int? schoolId, int? municipalityId, IReadOnlyCollection<ChildPlacement> placements)
    {
        if ((roles & Role.RegionOperator) != 0)
            return true;
        if (placements.Count == 0)
            return false;
        if ((roles & Role.MunicipalOperator) != 0 && municipalityId is { } district && placements.All(p => p.MunicipalityId == district))
            return true;
        return (roles & Role.SchoolAdmin) != 0 && schoolId is { } school && placements.All(p => p.SchoolId == school);
    }
}
