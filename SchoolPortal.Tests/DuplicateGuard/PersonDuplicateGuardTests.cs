using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Staff;
using SchoolPortal.Features.DuplicateGuard;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.DuplicateGuard;

public sealed class PersonDuplicateGuardTests : IDisposable
{
    private static readonly Snils PupilSnils = Snils.FromNumber(123123123);
    private readonly TestDatabase _database = new();
    private readonly TestRegion _region;

    public PersonDuplicateGuardTests()
    {
        _region = TestRegion.Create(_database);
        using var db = _database.System();
        var pupil = db.Pupils.Single(p => p.Id == _region.Pupil1.Id);
        pupil.ChangeSnils(PupilSnils);
        pupil.ChangeDocuments(IdentityDocument.BirthCertificate("IV-ИВ", "123456"), null);
        db.SaveChanges();
    }

    public void Dispose() => _database.Dispose();

    private PersonDuplicateGuard Guard => new(_database.Factory, _database.For(_region.Admin2));

    private static PersonProbe Pupil(string surname = "Другов", DateOnly? birth = null, Snils? snils = null, IdentityDocument? document = null,
        int? except = null) =>
        new(PersonKind.Pupil, PersonName.Create(surname, "Пётр", "Сергеевич"), birth, snils, document, except, null);

    [Fact]
    public async Task Same_snils_in_another_school_is_found_with_the_school_and_card_link()
    {
        var match = Assert.Single(await Guard.FindAsync(Pupil(snils: PupilSnils)));

        Assert.Equal("Иванов Пётр Сергеевич", match.FullName);
        Assert.Equal("МАОУ «СОШ № 1»", match.SchoolName);
        Assert.Equal([MatchReason.Snils], match.Reasons);
        Assert.Equal($"/management/pupils/{_region.Pupil1.Id}", match.Link);
        Assert.Equal("Такой человек уже есть: Иванов Пётр Сергеевич (МАОУ «СОШ № 1»), совпадает СНИЛС. Откройте существующую карточку.",
            match.Message);
    }

    [Fact]
    public async Task Same_document_is_found_whatever_the_typing_of_the_series()
    {
        var match = Assert.Single(await Guard.FindAsync(Pupil(document: IdentityDocument.BirthCertificate("iv-ив", "123456"))));

        Assert.Equal([MatchReason.Document], match.Reasons);
    }

    [Fact]
    public async Task Same_name_with_yo_case_and_spaces_and_same_birth_date_is_found()
    {
        var probe = new PersonProbe(PersonKind.Pupil, PersonName.Create("  иванов ", "Петр", "сергеевич"), new DateOnly(2015, 3, 14), null, null,
            null, null);

        var match = Assert.Single(await Guard.FindAsync(probe));

        Assert.Equal([MatchReason.NameAndBirthDate], match.Reasons);
        Assert.Equal("совпадают ФИО и дата рождения", match.ReasonText);
    }

    [Fact]
    public async Task Same_name_with_another_birth_date_is_not_a_match()
    {
        Assert.Empty(await Guard.FindAsync(Pupil("Иванов", new DateOnly(2015, 3, 15))));
    }

    [Fact]
    public async Task The_edited_record_itself_and_a_settled_pair_are_not_matched()
    {
        Assert.Empty(await Guard.FindAsync(Pupil(snils: PupilSnils, except: _region.Pupil1.Id)));
        await using (var db = _database.System())
        {
            db.DuplicateOverrides.Add(new DuplicateOverride("Pupil", _region.Pupil2.Id, _region.Pupil1.Id, "Разные дети, проверено по документам",
                _region.School2.Id, DateTimeOffset.UtcNow, null, "admin2"));
            await db.SaveChangesAsync();
        }

        Assert.Empty(await Guard.FindAsync(Pupil(snils: PupilSnils, except: _region.Pupil2.Id)));
    }

    [Fact]
    public async Task A_merged_parent_never_matches()
    {
        var probe = new PersonProbe(PersonKind.Parent, PersonName.Create("Иванова", "Мария", "Петровна"), null, Snils.FromNumber(555444333),
            null, null, null);
        await using (var db = _database.System())
        {
            var parent = await db.Parents.SingleAsync();
            parent.ChangeSnils(probe.Snils);
            await db.SaveChangesAsync();
        }
        Assert.Single(await Guard.FindAsync(probe));

        await using (var db = _database.System())
        {
            var other = new Domain.Parents.Parent(PersonName.Create("Иванова", "Мария", "Петровна"), Gender.Female);
            db.Parents.Add(other);
            await db.SaveChangesAsync();
            (await db.Parents.SingleAsync(p => p.Id == _region.Parent1.Id)).MarkMergedInto(other.Id);
            await db.SaveChangesAsync();
        }

        Assert.Empty(await Guard.FindAsync(probe));
    }

    [Fact]
    public async Task An_imported_employee_card_is_not_a_duplicate_of_its_origin()
    {
        var snils = Snils.FromNumber(777666555);
        int copyId;
        await using (var db = _database.System())
        {
            var origin = new Employee(_region.School1.Id, PersonName.Create("Смирнова", "Елена", "Викторовна"), new DateOnly(1980, 2, 3),
                Gender.Female, "Учитель", TestRegion.Today);
            origin.ChangeSnils(snils);
            db.Employees.Add(origin);
            await db.SaveChangesAsync();
            var copy = origin.CopyTo(_region.School2.Id, "Совместитель", TestRegion.Today);
            db.Employees.Add(copy);
            await db.SaveChangesAsync();
            copyId = copy.Id;
        }
        var probe = new PersonProbe(PersonKind.Employee, PersonName.Create("Смирнова", "Елена", "Викторовна"), new DateOnly(1980, 2, 3), snils,
            null, null, _region.School2.Id);

        Assert.Equal(2, (await Guard.FindAsync(probe)).Count);
        Assert.Empty(await Guard.FindAsync(probe with { ExceptId = copyId }));
    }

    [Fact]
    public async Task Many_probes_are_answered_by_index_in_a_few_queries()
    {
        var probes = Enumerable.Range(0, 3000)
            .Select(i => Pupil(birth: new DateOnly(2010, 1, 1).AddDays(i), snils: Snils.FromNumber(200000000 + i)))
            .Append(Pupil(snils: PupilSnils))
            .Append(Pupil("Иванов", new DateOnly(2015, 3, 14)))
            .ToList();

        var found = await Guard.FindManyAsync(probes);

        Assert.Equal([3000, 3001], found.Keys.Order());
        Assert.Equal(MatchReason.NameAndBirthDate, Assert.Single(found[3001]).Reasons.Single());
    }
}
