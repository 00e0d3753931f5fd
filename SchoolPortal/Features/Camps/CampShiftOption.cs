using SchoolPortal.Domain.Camps;

namespace SchoolPortal.Features.Camps;

/// <summary>A shift a family may choose for a child: the camp, its kind and district, the dates, ages, the parent's share, free places now.</summary>
public sealed record CampShiftOption(int Id, string CampName, CampKind Kind, string District, string Name, DateOnly StartsOn, DateOnly EndsOn,
    int MinAge, int MaxAge, decimal ParentShare, int FreePlaces)
{
    /// <summary>«Лагерь «Уральские зори», 1 смена, 01.06–21.06.2027».</summary>
    public string Title => $"{CampName}, {Name}, {StartsOn:dd.MM}–{EndsOn:dd.MM.yyyy}";

    public string KindName => CampNames.Kind(Kind);
}
