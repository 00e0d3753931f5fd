using System.ComponentModel.DataAnnotations;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// The "Enrollment:Support" section: the region's support desk for «Е-услуги», shown on «Поиск заявления». The demo uses the
/// briefing's ГБУ ДПО «ЧИРО».
/// </summary>
public sealed class SupportContacts
{
    public const string Section = "Enrollment:Support";

    [Required(ErrorMessage = "Enrollment:Support:Organization — укажите службу поддержки региона.")]
    public string Organization { get; set; } = "";

    public string Email { get; set; } = "";

    public string Phone { get; set; } = "";
}
