using SchoolPortal.Tests.Esia;

namespace SchoolPortal.Tests.Components;

/// <summary>Where the menu walk is now: the failures the page reports are filed under it.</summary>
internal sealed class Walk
{
    public required string Where { get; set; }
}
