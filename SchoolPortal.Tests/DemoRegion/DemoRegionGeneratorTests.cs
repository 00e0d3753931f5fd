using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.DemoRegion;

[StartsEarly(7)]
public sealed class DemoRegionGeneratorTests(DemoRegionFixture fixture) : IClassFixture<DemoRegionFixture>
{
    private readonly TestDatabase _database = fixture.Database;
    private readonly PlantedProblems _problems = fixture.Result.Problems;

    [Fact]
    public async Task Demo_size_has_three_districts_six_schools_about_3000_pupils_and_250_staff()
    {
        await using var db = _database.System();

        Assert.Equal(3, await db.Municipalities.CountAsync());
        Assert.Equal(6, await db.Schools.CountAsync());
        Assert.InRange(await db.Pupils.CountAsync(), 2_850, 3_150); // ±5 %
        Assert.InRange(await db.Employees.CountAsync(), 200, 300);
        Assert.InRange(await db.Parents.CountAsync(), 2_500, 4_500);
        Assert.Equal(await db.Pupils.CountAsync(), await db.ClassMemberships.CountAsync());
        Assert.Equal(fixture.Result.RowsByTable["Pupils"], await db.Pupils.CountAsync());
    }

    [Fact]
    public async Task Every_school_has_its_current_year_with_four_quarters_classes_1_to_11_and_holiday_sets()
    {
        await using var db = _database.System();

        var years = await db.AcademicYears.Include(y => y.Periods).ToListAsync();
        Assert.Equal(6, years.Count);
        Assert.All(years, y =>
        {
            Assert.Equal(AcademicYearStatus.Current, y.Status);
            Assert.Equal("2026/2027", y.Name);
            Assert.Equal([1, 2, 3, 4], y.Periods.OrderBy(p => p.Number).Select(p => p.Number));
        });
        var classes = await db.Classes.ToListAsync();
        foreach (var school in await db.Schools.Select(s => s.Id).ToListAsync())
            Assert.Equal(Enumerable.Range(1, 11), classes.Where(c => c.SchoolId == school).Select(c => c.Grade).Distinct().Order());
        Assert.All(classes, c => Assert.NotNull(c.HolidayPeriodId));
        Assert.True(classes.Count(c => c.HomeroomTeacherId is not null) > classes.Count * 0.9);
        var sets = await db.HolidayPeriods.ToListAsync();
        Assert.All(sets, s => Assert.Contains(s.Holidays, h => h.Name == "Осенние каникулы"));
        Assert.Contains(sets, s => s.Holidays.Any(h => h.Name.Contains("1-х классов")));
    }

    [Fact]
    public void Every_planted_problem_is_present_at_its_stated_rate()
    {
        Assert.Equal(Enum.GetValues<PlantedProblemKind>().Order(), _problems.ByKind.Keys.Order());
        Assert.All(_problems.ByKind.Values, p =>
        {
            Assert.True(p.Count > 0, $"{p.Kind}: nothing planted");
            Assert.InRange(p.ActualRate, p.Rate * 0.5, p.Rate * 1.5);
        });
    }

    [Fact]
    public async Task Pupils_reported_without_parent_have_no_parent_link_and_every_other_pupil_has_one()
    {
        await using var db = _database.System();

        var withoutParent = await db.Pupils.Where(p => !p.ParentLinks.Any()).Select(p => p.Id).ToListAsync();

        Assert.Equal(_problems[PlantedProblemKind.PupilWithoutParent].Ids.Order(), withoutParent.Order());
    }

    [Fact]
    public async Task Pupils_reported_without_snils_are_exactly_the_pupils_without_snils()
    {
        await using var db = _database.System();

        var withoutSnils = await db.Pupils.Where(p => p.Snils == null).Select(p => p.Id).ToListAsync();

        Assert.Equal(_problems[PlantedProblemKind.PupilWithoutSnils].Ids.Order(), withoutSnils.Order());
    }

    [Fact]
    public async Task Parents_reported_without_birth_date_are_exactly_the_parents_without_it()
    {
        await using var db = _database.System();

        var withoutBirthDate = await db.Parents.Where(p => p.BirthDate == null).Select(p => p.Id).ToListAsync();

        Assert.Equal(_problems[PlantedProblemKind.ParentWithoutBirthDate].Ids.Order(), withoutBirthDate.Order());
    }

    [Fact]
    public async Task Malformed_birth_certificates_are_exactly_the_reported_ones_and_fail_validation()
    {
        await using var db = _database.System();

        var pupils = await db.Pupils.AsNoTracking().Select(p => new { p.Id, p.BirthCertificate }).ToListAsync();
        var invalid = pupils
            .Where(p => IdentityDocument.Validate(DocumentKind.RfBirthCertificate, p.BirthCertificate!.Series, p.BirthCertificate.Number) is not null)
            .Select(p => p.Id);

        Assert.All(pupils, p => Assert.NotNull(p.BirthCertificate));
        Assert.Equal(_problems[PlantedProblemKind.MalformedBirthCertificate].Ids.Order(), invalid.Order());
    }

    [Fact]
    public async Task Malformed_parent_passports_are_exactly_the_reported_ones()
    {
        await using var db = _database.System();

        var parents = await db.Parents.AsNoTracking().Select(p => new { p.Id, p.Document }).ToListAsync();
        var invalid = parents.Where(p => IdentityDocument.Validate(p.Document!.Kind, p.Document.Series, p.Document.Number) is not null).Select(p => p.Id);

        Assert.Equal(_problems[PlantedProblemKind.MalformedParentPassport].Ids.Order(), invalid.Order());
    }

    [Fact]
    public async Task Duplicate_parents_are_the_same_person_in_two_rows_each_linked_to_a_different_child()
    {
        await using var db = _database.System();
        var pairs = _problems.DuplicateParents;

        Assert.Equal(_problems[PlantedProblemKind.DuplicateParent].Ids.Order(), pairs.Select(p => p.DuplicateId).Order());
        foreach (var pair in pairs)
        {
            var original = await db.Parents.SingleAsync(p => p.Id == pair.OriginalId);
            var duplicate = await db.Parents.SingleAsync(p => p.Id == pair.DuplicateId);
            Assert.Equal(original.Name, duplicate.Name);
            Assert.Equal(original.BirthDate, duplicate.BirthDate);
            Assert.Equal(original.Document, duplicate.Document);
            Assert.True(await db.ParentLinks.AnyAsync(l => l.ParentId == pair.OriginalId && l.PupilId == pair.OriginalChildId));
            Assert.True(await db.ParentLinks.AnyAsync(l => l.ParentId == pair.DuplicateId && l.PupilId == pair.DuplicateChildId));
            Assert.False(await db.ParentLinks.AnyAsync(l => l.ParentId == pair.OriginalId && l.PupilId == pair.DuplicateChildId));
        }
    }

    [Fact]
    public async Task Every_stored_snils_is_valid_and_unique()
    {
        await using var db = _database.System();

        var snils = (await db.Pupils.Where(p => p.Snils != null).Select(p => p.Snils!.Value).ToListAsync())
            .Concat(await db.Parents.Where(p => p.Snils != null).Select(p => p.Snils!.Value).ToListAsync())
            .Concat(await db.Employees.Where(e => e.Snils != null).Select(e => e.Snils!.Value).ToListAsync())
            .ToList();

        Assert.True(snils.Count > 6_000);
        Assert.All(snils, s => Assert.Null(Snils.Validate(s)));
        Assert.Equal(snils.Count, snils.Distinct().Count());
    }

    [Fact]
    public async Task Names_have_the_forms_of_the_person_gender()
    {
        await using var db = _database.System();

        var people = (await db.Pupils.AsNoTracking().Select(p => new { p.Name, Gender = (Gender?)p.Gender }).ToListAsync())
            .Concat(await db.Parents.AsNoTracking().Select(p => new { p.Name, p.Gender }).ToListAsync())
            .Concat(await db.Employees.AsNoTracking().Select(e => new { e.Name, Gender = (Gender?)e.Gender }).ToListAsync());

        foreach (var person in people)
        {
            var name = person.Name;
            if (person.Gender == Gender.Female)
            {
                Assert.True(name.Surname.EndsWith('а') || name.Surname.EndsWith("ая"), name.Full);
                Assert.True(name.Patronymic is null || name.Patronymic.EndsWith("на"), name.Full);
                Assert.Contains(name.FirstName, RussianNames.Women.Concat(RussianNames.Girls));
            }
            else
            {
                Assert.Equal(Gender.Male, person.Gender);
                Assert.False(name.Surname.EndsWith('а') || name.Surname.EndsWith("ая"), name.Full);
                Assert.True(name.Patronymic is null || name.Patronymic.EndsWith("ич"), name.Full);
                Assert.Contains(name.FirstName, RussianNames.Men.Select(m => m.FirstName).Concat(RussianNames.Boys));
            }
        }
    }

    [Fact]
    public async Task Pupils_ages_match_their_grade_and_pupils_over_14_mostly_have_a_passport()
    {
        await using var db = _database.System();
        var today = DemoRegionGenerator.FixedDay;

        var pupils = await db.Pupils.AsNoTracking().Join(db.Classes, p => p.CurrentClassId, c => c.Id, (p, c) => new { p.BirthDate, c.Grade, p.Passport })
            .ToListAsync();

        Assert.All(pupils, p => Assert.InRange(BirthDate.AgeOn(p.BirthDate, new DateOnly(2026, 9, 1)), p.Grade + 5, p.Grade + 7));
        var over14 = pupils.Where(p => BirthDate.AgeOn(p.BirthDate, today) >= 14).ToList();
        Assert.True(over14.Count(p => p.Passport is not null) > over14.Count * 0.9);
        Assert.All(pupils.Where(p => p.Passport is not null), p => Assert.Null(IdentityDocument.Validate(DocumentKind.RfPassport, p.Passport!.Series, p.Passport.Number)));
    }

    [Fact]
    public async Task Schools_have_valid_inn_and_ogrn_and_addresses_in_chelyabinsk_region()
    {
        await using var db = _database.System();

        var schools = await db.Schools.ToListAsync();

        Assert.All(schools, s =>
        {
            Assert.Null(Inn.Validate(s.Inn.Value));
            Assert.Null(Ogrn.Validate(s.Ogrn.Value));
            Assert.Contains("Челябинская обл.", s.Address.Text);
            Assert.Null(Validation(() => Address.Parse(s.Address.Text)));
        });
        Assert.Equal(schools.Count, schools.Select(s => s.Inn).Distinct().Count());
    }

    [Fact]
    public async Task Demo_accounts_sign_in_with_the_demo_password()
    {
        var signIn = new PasswordSignIn(_database.Factory, new PasswordHasher<UserAccount>(), TimeProvider.System);

        foreach (var (login, _) in DemoOptions.Accounts)
        {
            var result = await signIn.SignInAsync(login, DemoOptions.Password);
            Assert.True(result.Succeeded, $"{login}: {result.Error}");
        }
        Assert.False((await signIn.SignInAsync("admin1", "wrong")).Succeeded);

        await using var db = _database.System();
        var admin = await db.UserAccounts.SingleAsync(a => a.Login == "admin1");
        var teacher = await db.UserAccounts.SingleAsync(a => a.Login == "teacher1");
        var mo = await db.UserAccounts.SingleAsync(a => a.Login == "mo1");
        Assert.Equal((Role.SchoolAdmin, 1), (admin.Roles, admin.SchoolId!.Value));
        Assert.Equal((Role.Teacher, 1), (teacher.Roles, teacher.SchoolId!.Value));
        Assert.True(await db.Employees.AnyAsync(e => e.Id == teacher.EmployeeId && e.SchoolId == 1));
        Assert.Equal((Role.MunicipalOperator, 1), (mo.Roles, mo.MunicipalityId!.Value));
        Assert.Equal(Role.RegionOperator, (await db.UserAccounts.SingleAsync(a => a.Login == "operator")).Roles);
    }

    [Fact]
    public async Task Some_pupils_and_parents_have_logins_and_some_of_them_signed_in()
    {
        await using var db = _database.System();

        var pupils = await db.UserAccounts.Where(a => a.Roles == Role.Pupil).ToListAsync();
        var parents = await db.UserAccounts.Where(a => a.Roles == Role.Parent).ToListAsync();

        Assert.True(pupils.Count > 500);
        Assert.True(parents.Count > 500);
        Assert.All(pupils, a => Assert.NotNull(a.PupilId));
        Assert.All(parents, a => Assert.NotNull(a.ParentId));
        Assert.Contains(pupils, a => a.LastLoginAt is not null);
        Assert.Contains(parents, a => a.LastLoginAt is { } at && at <= new DateTimeOffset(2026, 11, 28, 23, 59, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Pupils_load_through_ef_with_their_parents_classes_and_memberships()
    {
        await using var db = _database.System();

        var pupils = await db.Pupils.Include(p => p.ParentLinks).ThenInclude(l => l.Parent).Include(p => p.Memberships)
            .AsSplitQuery().ToListAsync();

        Assert.All(pupils, p =>
        {
            var membership = Assert.Single(p.Memberships);
            Assert.Equal(p.Status == PupilStatus.Withdrawn ? null : membership.SchoolClassId, p.CurrentClassId);
            Assert.Equal(new DateOnly(2026, 9, 1), membership.From);
            Assert.Equal(p.Status == PupilStatus.Withdrawn ? p.LeftOn : null, membership.To);
            Assert.All(p.ParentLinks, l => Assert.NotNull(l.Parent));
        });
        // The demo's leavers: two of every other school, school 2 among them, for «Список выпускников и выбывших».
        var leavers = pupils.Where(p => p.Status == PupilStatus.Withdrawn).ToList();
        Assert.Contains(leavers, p => p.SchoolId == 2);
        Assert.All(leavers, p => Assert.Equal(0, p.SchoolId % 2));
        Assert.Contains(pupils, p => p.ParentLinks.Any(l => l.Relation == ParentRelation.Father));
        Assert.Contains(pupils, p => p.ParentLinks.Any(l => l.Relation == ParentRelation.Guardian));
        Assert.NotEmpty(await db.Employees.Where(e => e.OnMaternityLeave).ToListAsync());
        Assert.NotEmpty(await db.UserAccounts.ToListAsync());
    }

    [Fact]
    public async Task Every_reference_points_to_an_existing_row()
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_key_check";
        await using var reader = await command.ExecuteReaderAsync();

        Assert.False(await reader.ReadAsync(), "foreign_key_check found a dangling reference");
    }

    [Fact]
    public async Task A_second_run_on_the_same_size_writes_the_same_rows()
    {
        // The first run is the run's template (the fixture's own copy is changed by the sign-in tests); the second, a fresh database.
        using var first = DemoRegionTemplate.NewCopy();
        using var second = new TestDatabase();
        await using (var db = second.System())
            new DemoRegionGenerator(DemoSize.Demo, DemoRegionGenerator.FixedDay).Generate(db);

        var differing = await TablesThatDifferAsync(first, second, fixture.Result.RowsByTable.Keys);
        Assert.True(differing.Count == 0, $"{string.Join(", ", differing)} differ between two runs");
    }

    [Fact]
    public async Task IsEmpty_is_false_for_a_generated_database_and_true_for_a_new_one()
    {
        await using var db = _database.System();
        using var empty = new TestDatabase();
        await using var emptyDb = empty.System();

        Assert.False(await DemoRegionGenerator.IsEmptyAsync(db));
        Assert.True(await DemoRegionGenerator.IsEmptyAsync(emptyDb));
    }

    private static string? Validation(Action parse) => Domain.Common.Validation.ErrorOf(parse);

    /// <summary>The tables with a row that is in one database and not the other, every column compared by SQLite itself.</summary>
    private static async Task<List<string>> TablesThatDifferAsync(TestDatabase first, TestDatabase second, IEnumerable<string> tables)
    {
        // A connection of its own (not pooled): the second file stays attached to it only for this comparison.
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(first.ConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using (var attach = connection.CreateCommand())
        {
            attach.CommandText = "ATTACH DATABASE $second AS second";
            attach.Parameters.AddWithValue("$second", second.FilePath);
            await attach.ExecuteNonQueryAsync();
        }
        var differing = new List<string>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                SELECT EXISTS (SELECT * FROM main."{table}" EXCEPT SELECT * FROM second."{table}")
                    OR EXISTS (SELECT * FROM second."{table}" EXCEPT SELECT * FROM main."{table}")
                """;
            if ((long)(await command.ExecuteScalarAsync())! != 0)
                differing.Add(table);
        }
        return differing;
    }
}
