using SchoolPortal.Domain.Camps;

namespace SchoolPortal.Features.Camps;

/// <summary>A line of «Заявления на путевки».</summary>
public sealed record CampApplicationRow(int Id, string Number, DateTimeOffset FiledAt, string ChildName, DateOnly ChildBirthDate, CampPriority Priority,
    CampApplicationStatus Status, CampChannel Channel, string? Shift, string SchoolName)
{
    public string Link => $"camps/applications/{Id}";
}
