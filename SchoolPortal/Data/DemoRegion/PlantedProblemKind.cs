namespace SchoolPortal.Data.DemoRegion;

/// <summary>The data problems of the briefing that the generator plants on purpose.</summary>
public enum PlantedProblemKind
{
    /// <summary>The same mother stored as two Parent rows, each linked to a different one of her children.</summary>
    DuplicateParent = 1,

    /// <summary>A parent record without a birth date.</summary>
    ParentWithoutBirthDate = 2,

    /// <summary>A pupil linked to no parent.</summary>
    PupilWithoutParent = 3,

    /// <summary>A pupil without SNILS.</summary>
    PupilWithoutSnils = 4,

    /// <summary>A birth certificate with an Arabic series («4-ИВ») or a five-digit number.</summary>
    MalformedBirthCertificate = 5,

    /// <summary>A parent's passport with a three-digit series.</summary>
    MalformedParentPassport = 6,
}
