using SchoolPortal.Domain.Pupils;

namespace SchoolPortal.Features.Pupils;

/// <summary>What the card page shows besides the form: status, school, account and whether the user may edit.</summary>
public sealed record PupilCard(
    int Id,
    int SchoolId,
    string SchoolName,
    string FullName,
    PupilStatus Status,
    DateOnly? LeftOn,
    string? LeavingOrder,
    string? ClassName,
    string? Login,
    DateTimeOffset? LastLoginAt,
    bool CanEdit,
    PupilForm Form)
{
    public string StatusName => Status switch
    {
        PupilStatus.Enrolled => "Обучается",
        PupilStatus.Graduated => $"Выпущен {LeftOn:dd.MM.yyyy}, приказ {LeavingOrder}",
        PupilStatus.Admitted => "Зачислен с нового учебного года",
        _ => $"Выбыл {LeftOn:dd.MM.yyyy}" + (LeavingOrder is null ? "" : $", приказ {LeavingOrder}"),
    };
}
