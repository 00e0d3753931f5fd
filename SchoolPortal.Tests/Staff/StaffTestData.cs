using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Staff;
using SchoolPortal.Features.Staff;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Staff;

/// <summary>Employees and filled-in staff cards for the staff tests.</summary>
internal static class StaffTestData
{
    public static Employee AddEmployee(TestDatabase database, int schoolId, string surname, string position = "Учитель математики",
        Snils? snils = null, DateOnly? dismissedOn = null)
    {
        using var db = database.System();
        var employee = new Employee(schoolId, PersonName.Create(surname, "Ольга", "Ивановна"), new DateOnly(1985, 4, 12), Gender.Female,
            position, TestRegion.Today);
        employee.ChangeSnils(snils);
        if (dismissedOn is { } d)
            employee.Dismiss(d);
        db.Employees.Add(employee);
        db.SaveChanges();
        return employee;
    }

    public static EmployeeForm ValidForm(int? schoolId = null) => new()
    {
        SchoolId = schoolId,
        Surname = "Смирнова",
        FirstName = "Елена",
        Patronymic = "Викторовна",
        BirthDate = new DateTime(1980, 2, 3),
        Gender = Gender.Female,
        PassportSeries = "75 12",
        PassportNumber = "123456",
        PassportIssuedOn = new DateTime(2005, 3, 1),
        PassportIssuedBy = "ОВД Центрального района г. Челябинска",
        Snils = Snils.FromNumber(112233445).Formatted,
        Position = "Учитель русского языка",
        Category = QualificationCategory.First,
        Phone = "+7 (912) 345-67-89",
        Email = "smirnova@school1.ru",
        Education = "ЧГПУ, 2002, филология",
    };
}
