using System.Text.Json.Serialization;
using SchoolPortal.Domain.MilitaryRegistration;

namespace SchoolPortal.Integrations.GirVu;

/// <summary>The resource's verdict on one record of the package: accepted, or rejected with its errors.</summary>
public sealed record GirVuResult(int RecordId, string Status, IReadOnlyList<GirVuError>? Errors = null)
{
    [JsonIgnore]
    public bool IsAccepted => Status == GirVuFormat.Accepted;
}
