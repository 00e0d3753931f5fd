namespace SchoolPortal.Domain.Enrollment;

/// <summary>Names of <see cref="AdmissionRight"/> and the first-stage rule.</summary>
public static class AdmissionRights
{
    public static string Name(AdmissionRight right) => right switch
    {
        AdmissionRight.Extraordinary => "Внеочередное право (п. 9)",
        AdmissionRight.FirstPriority => "Первоочередное право (пп. 9.1, 10)",
        AdmissionRight.Sibling => "Преимущественное право: брат или сестра в школе (п. 12)",
        _ => "Нет льготы",
    };

    /// <summary>Order 458, point 17: the privileged categories and children of the assigned territory file from 1 April.</summary>
    public static bool IsFirstStageEligible(AdmissionRight right, bool livesOnTerritory) =>
        right != AdmissionRight.None || livesOnTerritory;
}
