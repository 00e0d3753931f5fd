namespace SchoolPortal.Features.Staff;

/// <summary>The filter panel of the staff list.</summary>
public sealed class StaffFilter
{
    /// <summary>The beginning of the surname, any letter case.</summary>
    public string? Surname { get; set; }

    /// <summary>Exact main position, or null for all.</summary>
    public string? Position { get; set; }

    public bool IncludeDismissed { get; set; }

    /// <summary>For operators: one school of their scope, or null for all of them.</summary>
    public int? SchoolId { get; set; }

    public StaffFilter Copy() => (StaffFilter)MemberwiseClone();
}
