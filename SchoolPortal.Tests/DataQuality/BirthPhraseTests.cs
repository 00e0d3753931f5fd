using SchoolPortal.Domain.People;
using SchoolPortal.Features.DataQuality;

namespace SchoolPortal.Tests.DataQuality;

public sealed class BirthPhraseTests
{
    [Theory]
    [InlineData(Gender.Male, "родился 05.03.2010")]
    [InlineData(Gender.Female, "родилась 05.03.2010")]
    [InlineData(null, "родился(ась) 05.03.2010")]
    public void Birth_verb_agrees_with_the_known_sex(Gender? gender, string expected) =>
        Assert.Equal(expected, BirthPhrase.Of(gender, new DateOnly(2010, 3, 5)));
}
