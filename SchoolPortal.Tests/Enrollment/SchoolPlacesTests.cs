using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Tests.Enrollment;

public sealed class SchoolPlacesTests
{
    [Fact]
    public void Free_places_are_places_minus_enrolled_and_never_negative()
    {
        var places = new SchoolPlaces(1, 2026, 100, 25);

        Assert.Equal(40, places.FreePlaces(ApplicationKind.FirstGrade, 60));
        Assert.Equal(0, places.FreePlaces(ApplicationKind.FirstGrade, 104));
        Assert.Equal(25, places.FreePlaces(ApplicationKind.TenthGrade, 0));
    }

    [Fact]
    public void Negative_places_are_refused_and_nothing_changes()
    {
        var places = new SchoolPlaces(1, 2026, 100, 25);

        var error = Assert.Throws<DomainException>(() => places.ChangePlaces(90, -1));

        Assert.Equal("Число мест в 10 класс не может быть отрицательным.", error.Message);
        Assert.Equal(100, places.Grade1Places);
    }

    [Fact]
    public void Zero_places_are_allowed()
    {
        var places = new SchoolPlaces(1, 2026, 0, 0);

        Assert.Equal(0, places.FreePlaces(ApplicationKind.TenthGrade, 0));
    }

    [Fact]
    public void Transfers_have_no_published_places()
    {
        Assert.Throws<DomainException>(() => new SchoolPlaces(1, 2026, 1, 1).FreePlaces(ApplicationKind.Transfer, 0));
    }
}
