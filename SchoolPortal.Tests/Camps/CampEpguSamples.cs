using System.Text;
using SchoolPortal.Integrations.EpguEnrollment;

namespace SchoolPortal.Tests.Camps;

/// <summary>Camp applications from Gosuslugi (service 600173) as the transport would deliver them, and their JSON to spoil in tests.</summary>
public static class CampEpguSamples
{
    public const string Certificate = "IV-ИВ";
    public const string ChildSnils = "112-233-445 95";
    public const string ParentSnils = "112-233-446 96";

    public static readonly DateTimeOffset FiledAt = CampWorld.Opening.AddSeconds(2);

    public static EpguCampApplicationMessage Message(long orderId, IReadOnlyList<int> shifts, string certificateNumber = "700101",
        DateOnly? birthDate = null, string? childSnils = null, string? parentSnils = ParentSnils, string? passport = null,
        EpguCampBenefit? benefit = null) =>
        new(EpguEnrollmentFormat.CampApplication, EpguEnrollmentFormat.Version, EpguEnrollmentFormat.CampServiceCode, orderId, FiledAt,
            new EpguCampChild("Летова", "Дарья", "Ивановна", birthDate ?? new DateOnly(2015, 3, 14), childSnils,
                new EpguChildBirthDocRF(Certificate, certificateNumber, new DateOnly(2015, 3, 20), null, "Отдел ЗАГС г. Челябинска")),
            new EpguCampApplicant("Летова", "Мария", "Петровна", parentSnils,
                passport is null ? null : new EpguIdentityDocInfo(EpguEnrollmentFormat.RfPassport, null, "7512", passport, null, null)),
            shifts, benefit);

    public static string Json(EpguCampApplicationMessage message) => Encoding.UTF8.GetString(EpguEnrollmentJson.CampApplication(message));

    public static byte[] Bytes(string json) => Encoding.UTF8.GetBytes(json);
}
