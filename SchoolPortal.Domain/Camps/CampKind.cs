namespace SchoolPortal.Domain.Camps;

/// <summary>The kinds of children's camps a region publishes vouchers for.</summary>
public enum CampKind
{
    /// <summary>Загородный оздоровительный лагерь.</summary>
    Country = 1,

    /// <summary>Лагерь с дневным пребыванием при школе.</summary>
    SchoolDay = 2,

    /// <summary>Профильный лагерь.</summary>
    Specialized = 3,
}
