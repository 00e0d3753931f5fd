namespace SchoolPortal.Features.BatchUpdate;

/// <summary>
/// Text that Excel (or a CSV made from the file) would take for a formula is exported with a leading apostrophe, and
/// the apostrophe is removed again on upload: «=HYPERLINK(…)» typed into a name stays text on both sides.
/// </summary>
public static class SafeCell
{
    public static bool IsDangerous(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    public static string Escape(string text) => IsDangerous(text) ? "'" + text : text;

    public static string Unescape(string text) => text.Length > 1 && text[0] == '\'' && IsDangerous(text[1..]) ? text[1..] : text;
}
