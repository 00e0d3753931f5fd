namespace SchoolPortal.Domain.Enrollment;

/// <summary>
/// The age rule of grade 1 (Federal Law 273-FZ art. 67 p. 1, Order 458): a child who on 1 September of the campaign year
/// is younger than 6 years 6 months, or has already turned 8, is admitted only with the founder's permission.
/// </summary>
public static class AdmissionAge
{
    public const int MinMonths = 6 * 12 + 6;
    public const int MaxYears = 8;

    public static DateOnly ReferenceDay(int campaignYear) => new(campaignYear, 9, 1);

    /// <summary>The Russian reason the founder's permission is needed, or null when the age is within the rule.</summary>
    public static string? FounderPermissionReason(DateOnly birthDate, int campaignYear)
    {
        var day = ReferenceDay(campaignYear);
        // A child born on 29 February reaches an age on 28 February of a common year: AddMonths/AddYears clamp it so.
        if (birthDate.AddMonths(MinMonths) > day)
            return $"На {day:dd.MM.yyyy} ребёнку не исполнится 6 лет 6 месяцев: нужен документ о разрешении учредителя на приём.";
        if (birthDate.AddYears(MaxYears) <= day)
            return $"На {day:dd.MM.yyyy} ребёнку уже исполнится 8 лет: нужен документ о разрешении учредителя на приём.";
        return null;
    }

    public static bool NeedsFounderPermission(DateOnly birthDate, int campaignYear) =>
        FounderPermissionReason(birthDate, campaignYear) is not null;
}
