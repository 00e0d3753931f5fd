using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Domain.Enrollment;

/// <summary>
/// The applicant of an application as the parent of the child's new card: «мать» and «отец» (as typed on paper or sent by
/// EPGU) become the mother and the father, anyone else (a guardian, a trustee, an unspecified relation) the legal
/// representative, with the applicant's name and contacts.
/// </summary>
public static class ApplicantAsParent
{
    public static ParentRelation Relation(string? relation) => relation?.Trim().ToLowerInvariant() switch
    {
        "мать" or "мама" => ParentRelation.Mother,
        "отец" or "папа" => ParentRelation.Father,
        _ => ParentRelation.Guardian,
    };

    public static Parent New(EnrollmentApplication application)
    {
        var relation = Relation(application.ApplicantRelation);
        var parent = new Parent(application.ApplicantName, relation switch
        {
            ParentRelation.Mother => Gender.Female,
            ParentRelation.Father => Gender.Male,
            _ => null,
        });
        parent.ChangeContacts(application.ApplicantPhone, application.ApplicantEmail);
        return parent;
    }
}
