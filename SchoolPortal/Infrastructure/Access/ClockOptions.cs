using System.Globalization;

namespace SchoolPortal.Infrastructure.Access;

/// <summary>The "Clock" section of appsettings.json: <c>Clock:Today</c> pins the region's date (yyyy-MM-dd); empty: the system clock.</summary>
public sealed class ClockOptions
{
    public const string Section = "Clock";

    public string? Today { get; set; }

    /// <summary>The pinned day, or null for the system clock.</summary>
    public DateOnly? PinnedDay => string.IsNullOrWhiteSpace(Today) ? null : DateOnly.ParseExact(Today, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public bool IsValid => string.IsNullOrWhiteSpace(Today)
        || DateOnly.TryParseExact(Today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    public const string Invalid = "Clock:Today: дата в виде ГГГГ-ММ-ДД (например, 2026-09-01) или пусто, чтобы часы портала шли по системным.";
}
