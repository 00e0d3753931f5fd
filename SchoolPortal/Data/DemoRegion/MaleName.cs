namespace SchoolPortal.Data.DemoRegion;

/// <summary>A man's first name with the patronymics it gives his son and his daughter.</summary>
internal sealed record MaleName(string FirstName, string SonPatronymic, string DaughterPatronymic);
