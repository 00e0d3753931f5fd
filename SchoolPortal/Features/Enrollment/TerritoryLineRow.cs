using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Features.Enrollment;

/// <summary>One line of a school's assigned territory as the list shows it.</summary>
public sealed record TerritoryLineRow(int Id, int SchoolId, string Settlement, string Street, HouseParity Parity, int? HouseFrom, int? HouseTo,
    string Houses)
{
    /// <summary>«г. Челябинск, ул. Ленина, чётные 2–40».</summary>
    public string Text => $"{Settlement}, {Street}, {Houses}";
}
