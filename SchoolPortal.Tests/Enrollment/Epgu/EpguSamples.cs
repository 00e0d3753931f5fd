using System.Text;
using SchoolPortal.Integrations.EpguEnrollment;

namespace SchoolPortal.Tests.Enrollment.Epgu;

/// <summary>Messages as the emulator's families file them, and their JSON to spoil in tests.</summary>
public static class EpguSamples
{
    public const string SchoolInn = "7451000013";
    public const string Territory = "454080, Челябинская обл., г. Челябинск, ул. Ленина, д. 5, кв. 3";
    public const string Outside = "454091, г. Челябинск, ул. Кирова, д. 110, кв. 7";

    public static readonly EpguFilingPlace Place = new(SchoolInn, 2027, Territory, Outside, "Смирнов Егор Игоревич");

    /// <summary>1 April 2027, 09:00 in the region.</summary>
    public static readonly DateTimeOffset April1 = new(2027, 4, 1, 9, 0, 0, TimeSpan.FromHours(5));

    public static EpguApplicationMessage Message(EpguTestFamily family = EpguTestFamily.FirstStage, long orderId = 3_894_561_207) =>
        EpguEnrollmentEmulator.Build(family, Place, orderId, April1);

    public static string Json(EpguApplicationMessage message) => Encoding.UTF8.GetString(EpguEnrollmentJson.Application(message));

    public static byte[] Bytes(string json) => Encoding.UTF8.GetBytes(json);
}
