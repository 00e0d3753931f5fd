namespace SchoolPortal.Features.Camps;

/// <summary>The shift being typed on «Лагеря и смены» (the inputs bind to it); saved as a <see cref="CampShiftForm"/>.</summary>
public sealed class ShiftDraft
{
    public int? Id { get; set; }
    public int CampId { get; set; }
    public string? Name { get; set; }
    public DateTime? StartsOn { get; set; }
    public DateTime? EndsOn { get; set; }
    public int Places { get; set; }
    public int MinAge { get; set; }
    public int MaxAge { get; set; }
    public decimal FullPrice { get; set; }
    public decimal ParentShare { get; set; }
}
