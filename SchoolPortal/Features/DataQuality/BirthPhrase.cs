using SchoolPortal.Domain.People;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.DataQuality;

/// <summary>«родился 01.02.2010» / «родилась …»: the verb agrees with the sex when it is known; «родился(ась)» only when it is not.</summary>
public static class BirthPhrase
{
    public static string Of(Gender? gender, DateOnly birthDate) => $"{Verb(gender)} {CardCalendar.Format(birthDate)}";

    private static string Verb(Gender? gender) => gender switch
    {
        Gender.Male => "родился",
        Gender.Female => "родилась",
        _ => "родился(ась)",
    };
}
