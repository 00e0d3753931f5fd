namespace SchoolPortal.Features.Camps;

/// <summary>The season a family applies for, as the server's clock sees it when the page renders.</summary>
public sealed record CampSeasonInfo(int Year, DateTimeOffset BookingOpensAt, bool IsOpen, int PaymentWorkingDays)
{
    /// <summary>«Прием заявлений откроется 25.04.2027 в 09:00» (region time).</summary>
    public string OpeningText => $"Прием заявлений откроется {Infrastructure.Jobs.RegionTime.ToRegion(BookingOpensAt):dd.MM.yyyy 'в' HH:mm}";
}
