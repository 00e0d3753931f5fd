namespace SchoolPortal.Features.Schools;

/// <summary>«Сведения о школе» as the user types them; the municipality is shown, not edited.</summary>
public sealed class SchoolForm
{
    public int Id { get; set; }
    public string Municipality { get; set; } = "";
    public string? FullName { get; set; }
    public string? ShortName { get; set; }
    public string? Inn { get; set; }
    public string? Ogrn { get; set; }
    public string? Address { get; set; }
    public string? HeadName { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
}
