using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Tests.Enrollment;

public sealed class EnrollmentOrderTests
{
    private static readonly DateTimeOffset Now = new(2027, 7, 5, 9, 0, 0, TimeSpan.Zero);

    private static EnrollmentOrder Order(DateOnly date, DateOnly? deadline, string? number = "12-з") =>
        new(1, 2027, number, date, 10, "1А", true, deadline, "Админ (admin1)", Now);

    [Fact]
    public void Order_on_the_deadline_is_on_time_and_a_day_later_is_late()
    {
        var deadline = new DateOnly(2027, 7, 5);

        Assert.False(Order(deadline, deadline).IsLate);
        Assert.True(Order(deadline.AddDays(1), deadline).IsLate);
    }

    [Fact]
    public void Order_without_a_deadline_is_never_late()
    {
        Assert.False(Order(new DateOnly(2027, 12, 1), null).IsLate);
    }

    [Fact]
    public void Order_needs_a_number()
    {
        var error = Assert.Throws<DomainException>(() => Order(new DateOnly(2027, 7, 5), null, "  "));

        Assert.Equal("number", error.Field);
    }

    [Fact]
    public void The_same_application_is_not_listed_twice()
    {
        var order = Order(new DateOnly(2027, 7, 5), null);
        order.Add(7, 70, "Смирнов Артём Игоревич");

        var error = Assert.Throws<DomainException>(() => order.Add(7, 71, "Смирнов Артём Игоревич"));

        Assert.Contains("Смирнов Артём Игоревич", error.Message);
        Assert.Single(order.Lines);
    }
}
