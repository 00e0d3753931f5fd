using SchoolPortal.Domain.People;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// A document as a school may see it on another school's child: the kind, the series and the last two digits
/// («Свидетельство о рождении IV-ИВ ****56»), enough to tell two children apart, not enough to copy the document.
/// </summary>
public static class DocumentMask
{
    public static string? Mask(IdentityDocument? document)
    {
        if (document is null)
            return null;
        var number = document.Number;
        var tail = number.Length <= 2 ? "" : number[^2..];
        var masked = new string('*', Math.Max(0, number.Length - tail.Length)) + tail;
        return document.Series is null ? $"{document.KindName} {masked}" : $"{document.KindName} {document.Series} {masked}";
    }
}
