namespace SchoolPortal.Features.BatchUpdate;

/// <summary>
/// One exported column: its id in code, the Russian header the file carries (matched on upload, not the position),
/// the width set by hand (AutoFit needs GDI+), how its cells are read, and the digits a number is padded to.
/// </summary>
public sealed record BatchField(string Id, string Header, double Width, BatchFieldKind Kind = BatchFieldKind.Text, int PadDigits = 0)
{
    public bool IsKey => Kind == BatchFieldKind.Key;
}
