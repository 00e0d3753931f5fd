using System.ComponentModel.DataAnnotations;

namespace SchoolPortal.Features.Support;

/// <summary>What the portal is called in the top bar and on the sign-in page (section <c>Portal</c>).</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    public const string DefaultTitle = "ГИС «Образование в Челябинской области»";

    [Required(AllowEmptyStrings = false, ErrorMessage = "Portal:Title: название портала не может быть пустым.")]
    [StringLength(120, ErrorMessage = "Portal:Title: название длиннее 120 знаков не помещается в верхнюю строку.")]
    public string Title { get; set; } = DefaultTitle;
}
