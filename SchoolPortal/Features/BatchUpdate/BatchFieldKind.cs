namespace SchoolPortal.Features.BatchUpdate;

/// <summary>How a column's cells are read back: numbers typed into a date or a digits column mean something else than in text.</summary>
public enum BatchFieldKind
{
    Text,

    /// <summary>dd.MM.yyyy; Excel may hold a real date, a serial number or text.</summary>
    Date,

    /// <summary>Digits with leading zeros (SNILS, document series and numbers): a number typed by Excel is padded back.</summary>
    Digits,

    /// <summary>The record key: never edited, protected in the sheet.</summary>
    Key,
}
