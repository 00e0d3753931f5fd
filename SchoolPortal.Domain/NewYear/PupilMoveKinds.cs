using System.Globalization;

namespace SchoolPortal.Domain.NewYear;

/// <summary>The kinds of move grouped by what they do to the pupil's place in the school.</summary>
public static class PupilMoveKinds
{
    /// <summary>The kinds that put the pupil into a class of the new year: the move must name that class.</summary>
    public static IReadOnlyList<PupilMoveKind> IntoAClass { get; } = [PupilMoveKind.Promote, PupilMoveKind.Repeat, PupilMoveKind.Enroll];

    /// <summary>The kinds that take the pupil out of the school (with a leaving date).</summary>
    public static IReadOnlyList<PupilMoveKind> OutOfTheSchool { get; } = [PupilMoveKind.Graduate, PupilMoveKind.Leave, PupilMoveKind.Withdraw];

    /// <summary>
    /// The kinds as stored, «1, 2, 5»: the list of an SQL <c>IN (…)</c>. Written into the text of a query, which is safe
    /// because the numbers come from the enum, never from input.
    /// </summary>
    public static string StoredNumbers(IEnumerable<PupilMoveKind> kinds) =>
        string.Join(", ", kinds.Select(k => ((int)k).ToString(CultureInfo.InvariantCulture)));
}
