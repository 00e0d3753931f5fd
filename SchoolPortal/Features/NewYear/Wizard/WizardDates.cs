using System.Globalization;

namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>Dates typed as dd.MM.yyyy in the wizard's date fields (WizardField with IsDate: typed, no calendar, to keep the keyboard flow).</summary>
public static class WizardDates
{
    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact((text ?? "").Trim(), "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string Format(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "";
}
