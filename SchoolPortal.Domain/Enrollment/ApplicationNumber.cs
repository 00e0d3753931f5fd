namespace SchoolPortal.Domain.Enrollment;

/// <summary>
/// The region's number of an application registered at a school: «2027-0015-00042» (campaign year, school, sequence in the
/// school's campaign). The unique index on the number stops two saves that took the same sequence at once.
/// </summary>
public static class ApplicationNumber
{
    public static string Prefix(int year, int schoolId) => $"{year}-{schoolId:D4}-";

    public static string Format(int year, int schoolId, int sequence) => $"{Prefix(year, schoolId)}{sequence:D5}";

    /// <summary>The sequence of a number of the school's campaign; 0 for a number of another form.</summary>
    public static int SequenceOf(string number, int year, int schoolId)
    {
        var prefix = Prefix(year, schoolId);
        return number.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(number[prefix.Length..], out var sequence) ? sequence : 0;
    }
}
