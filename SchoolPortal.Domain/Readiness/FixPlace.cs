namespace SchoolPortal.Domain.Readiness;

/// <summary>Where a problem is fixed; the school's places are records the pages link to.</summary>
public enum FixPlace
{
    /// <summary>The pupil's card in the school system.</summary>
    PupilCard = 1,

    /// <summary>The pupil's card, tab «Родители»: link a parent.</summary>
    PupilParents = 2,

    /// <summary>The parent's card in the school system.</summary>
    ParentCard = 3,

    /// <summary>The parent's own Gosuslugi profile: «Семья» → «Дети».</summary>
    GosuslugiFamily = 4,

    /// <summary>The parent's own Gosuslugi profile: personal data, documents, confirmation of the account.</summary>
    GosuslugiProfile = 5,

    /// <summary>The parent signs in to the portal with Gosuslugi.</summary>
    PortalSignIn = 6,
}
