using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;

namespace SchoolPortal.Features.Pupils;

/// <summary>The filters of the pupil list, as on the SGO screen. Null means «все».</summary>
public sealed record PupilFilter
{
    /// <summary>First letter of the surname range («с»), one of <see cref="SurnameRange.Alphabet"/>.</summary>
    public char LetterFrom { get; init; } = SurnameRange.Alphabet[0];

    /// <summary>Last letter of the surname range («по»).</summary>
    public char LetterTo { get; init; } = SurnameRange.Alphabet[^1];

    public Gender? Gender { get; init; }

    /// <summary>One school of the operator's region or district; null is every school in scope.</summary>
    public int? SchoolId { get; init; }

    /// <summary>Обучающиеся by default; null shows every status.</summary>
    public PupilStatus? Status { get; init; } = PupilStatus.Enrolled;

    /// <summary>Параллель 1–11 of the current class.</summary>
    public int? Grade { get; init; }

    /// <summary>The start of the surname, any case; ё and е match each other.</summary>
    public string? Surname { get; init; }

    public static PupilFilter Default { get; } = new();
}
