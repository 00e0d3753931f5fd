using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Pupils;

/// <summary>Extra pupils of school 1 for the list tests, added on top of <see cref="TestRegion"/>.</summary>
internal static class PupilListData
{
    public static async Task<SchoolClass> AddAsync(TestDatabase database, TestRegion region)
    {
        await using var db = database.System();
        var class9 = new SchoolClass(region.School1.Id, region.Class1.AcademicYearId, new GradeLevel(9), "Б");
        db.Classes.Add(class9);
        await db.SaveChangesAsync();
        var pupils = new (string Surname, string First, Gender Gender, SchoolClass? Class, PupilStatus Status)[]
        {
            ("Абрамов", "Олег", Gender.Male, region.Class1, PupilStatus.Enrolled),
            ("Борисова", "Ирина", Gender.Female, class9, PupilStatus.Enrolled),
            ("Ёлкин", "Семён", Gender.Male, class9, PupilStatus.Enrolled),
            ("Ежов", "Павел", Gender.Male, region.Class1, PupilStatus.Enrolled),
            ("Сёмина", "Дарья", Gender.Female, class9, PupilStatus.Enrolled),
            ("Яковлева", "Юлия", Gender.Female, region.Class1, PupilStatus.Enrolled),
            ("Кузнецов", "Антон", Gender.Male, class9, PupilStatus.Withdrawn),
            ("Лебедев", "Глеб", Gender.Male, region.Class1, PupilStatus.Graduated),
        };
        foreach (var (surname, first, gender, cls, status) in pupils)
        {
            var pupil = TestRegion.NewPupil(region.School1.Id, surname, first, null, gender);
            db.Pupils.Add(pupil);
            await db.SaveChangesAsync();
            if (cls is not null)
                pupil.EnrollIn(cls, new DateOnly(2026, 9, 1));
            if (status == PupilStatus.Withdrawn)
                pupil.Withdraw(new DateOnly(2026, 10, 1), "12-у");
            if (status == PupilStatus.Graduated)
                pupil.Graduate(new DateOnly(2026, 10, 1), "13-у");
            await db.SaveChangesAsync();
        }
        return class9;
    }
}
