using System.ComponentModel.DataAnnotations;

namespace SchoolPortal.Features.Support;

/// <summary>The region's support service shown on «Поддержка» (section <c>Support</c>): who helps schools and families, and how to reach them.</summary>
public sealed class SupportOptions
{
    public const string Section = "Support";

    [Required(AllowEmptyStrings = false, ErrorMessage = "Support:Organization: укажите организацию, которая ведёт поддержку.")]
    public string Organization { get; set; } = "";

    [Required(AllowEmptyStrings = false, ErrorMessage = "Support:Email: укажите адрес электронной почты поддержки.")]
    [EmailAddress(ErrorMessage = "Support:Email: это не адрес электронной почты.")]
    public string Email { get; set; } = "";

    [Required(AllowEmptyStrings = false, ErrorMessage = "Support:Phone: укажите телефон поддержки.")]
    [RegularExpression(@"^[0-9+()\s-]{5,30}$", ErrorMessage = "Support:Phone: телефон — цифры, пробелы, скобки, «+» и «-».")]
    public string Phone { get; set; } = "";

    /// <summary>The phone as a tel: link (digits and the leading plus only).</summary>
    public string PhoneHref => "tel:" + new string(Phone.Where(c => char.IsDigit(c) || c == '+').ToArray());
}
