namespace SchoolPortal.Features.Pupils;

/// <summary>The result of «Сформировать новые пароли»: the lines and the Excel file to hand out.</summary>
public sealed record PasswordSheet(IReadOnlyList<IssuedPassword> Rows, byte[] Excel, string FileName);
