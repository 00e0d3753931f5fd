using System.Text.Json.Serialization;

namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>The brother or sister studying in the school (Order 458, point 12).</summary>
public sealed record EpguBrotherSisterInfo(string Surname, string Name, string? MiddleName)
{
    [JsonIgnore]
    public string FullName => string.IsNullOrWhiteSpace(MiddleName) ? $"{Surname} {Name}" : $"{Surname} {Name} {MiddleName}";
}
