namespace SchoolPortal.Domain.Esia;

/// <summary>Why a field did not match, told without either side's value.</summary>
public enum MismatchProblem
{
    /// <summary>Both sides have the field and the values differ.</summary>
    Differs = 1,

    /// <summary>The school record lacks the field.</summary>
    MissingInSchool = 2,

    /// <summary>The ESIA account lacks the field.</summary>
    MissingInEsia = 3,

    /// <summary>Neither side has the field, so it cannot confirm the match.</summary>
    MissingOnBothSides = 4,
}
