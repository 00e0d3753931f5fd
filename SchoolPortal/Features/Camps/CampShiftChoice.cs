namespace SchoolPortal.Features.Camps;

/// <summary>A shift in a list to choose from: «Лагерь «Уральские зори», 1 смена, 01.06–21.06.2027 (свободно 4)».</summary>
public sealed record CampShiftChoice(int Id, int CampId, string CampName, string Title, int FreePlaces, int MinAge, int MaxAge)
{
    public string Label => $"{CampName}, {Title} ({MinAge}–{MaxAge} лет, свободно {FreePlaces})";
}
