namespace SchoolPortal.Features.Journal;

/// <summary>A study period in the journal picker.</summary>
public sealed record JournalPeriodOption(int Id, string Name, DateOnly StartsOn, DateOnly EndsOn, bool IsClosed)
{
    public string Label => $"{Name} ({JournalFormat.Date(StartsOn)} – {JournalFormat.Date(EndsOn)}){(IsClosed ? ", закрыт" : "")}";
}
