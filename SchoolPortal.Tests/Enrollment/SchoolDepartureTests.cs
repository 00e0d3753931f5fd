using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Tests.Enrollment;

public sealed class SchoolDepartureTests
{
    [Fact]
    public void Departure_reads_as_the_old_school_sees_it()
    {
        var departure = new SchoolDeparture(2, 5, "Второва Анна Игоревна", new DateOnly(2015, 3, 14), 1, "МАОУ «СОШ № 1»", new DateOnly(2026, 12, 7),
            DateTimeOffset.UnixEpoch);

        Assert.Equal("выбыл в МАОУ «СОШ № 1» 07.12.2026", departure.Text);
    }

    [Fact]
    public void Departure_into_the_same_school_is_refused()
    {
        Assert.Throws<DomainException>(() => new SchoolDeparture(1, 5, "Второва Анна Игоревна", new DateOnly(2015, 3, 14), 1, "МАОУ «СОШ № 1»",
            new DateOnly(2026, 12, 7), DateTimeOffset.UnixEpoch));
    }
}
