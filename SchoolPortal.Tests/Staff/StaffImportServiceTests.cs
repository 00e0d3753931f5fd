using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Staff;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Components.Shared;
using SchoolPortal.Features.Staff;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Staff;

public sealed class StaffImportServiceTests : IDisposable
{
    private static readonly Snils PersonSnils = Snils.FromNumber(100200300);
    private readonly TestDatabase _database = new();
    private readonly TestRegion _region;
    private readonly Employee _origin;

    public StaffImportServiceTests()
    {
        _region = TestRegion.Create(_database);
        _origin = StaffTestData.AddEmployee(_database, _region.School1.Id, "Иванова", snils: PersonSnils);
    }

    public void Dispose() => _database.Dispose();

    private StaffImportService Import(PortalUser user) => new(_database.For(user), _database.Factory, ManualClock.On(TestRegion.Today));

    [Fact]
    public async Task Another_schools_employee_is_found_by_snils_with_identifying_data_only()
    {
        var lookup = await Import(_region.Admin2).FindAsync("100-200-300 " + PersonSnils.Value[9..]);

        Assert.Null(lookup.Message);
        Assert.Equal(new ImportCandidate(_origin.Id, "Иванова Ольга Ивановна", new DateOnly(1985, 4, 12), "МАОУ «СОШ № 1»", "Учитель математики", false),
            lookup.Candidate);
    }

    [Fact]
    public async Task A_bad_or_unknown_snils_gets_a_message()
    {
        Assert.Contains("контрольное число", (await Import(_region.Admin2).FindAsync("100-200-300 99")).Message);
        Assert.Contains("не найден", (await Import(_region.Admin2).FindAsync(Snils.FromNumber(999888777).Value)).Message);
    }

    [Fact]
    public async Task Import_copies_the_card_into_this_school_and_links_it_to_the_person()
    {
        var result = await Import(_region.Admin2).ImportAsync(_origin.Id, "Учитель информатики");

        Assert.True(result.Succeeded);
        await using var db = _database.System();
        var copy = await db.Employees.SingleAsync(e => e.Id == result.Id);
        Assert.Equal((_region.School2.Id, _origin.Id, "Учитель информатики", "Иванова Ольга Ивановна", PersonSnils),
            (copy.SchoolId, copy.OriginEmployeeId, copy.Position, copy.Name.Full, copy.Snils));
        Assert.Equal(2, await db.Employees.CountAsync());
    }

    [Fact]
    public async Task A_person_already_in_this_school_is_not_imported_twice_and_the_search_links_the_card()
    {
        var first = await Import(_region.Admin2).ImportAsync(_origin.Id, "Учитель информатики");

        var again = await Import(_region.Admin2).ImportAsync(_origin.Id, "Совместитель");
        var lookup = await Import(_region.Admin2).FindAsync(PersonSnils.Value);

        Assert.Contains("уже есть в вашей школе", again.Errors[FieldErrors.General]);
        Assert.Equal(($"/management/staff/{first.Id}", null), (lookup.ExistingCardLink, lookup.Candidate));
    }

    [Fact]
    public async Task The_position_is_required()
    {
        var result = await Import(_region.Admin2).ImportAsync(_origin.Id, " ");

        Assert.Equal("Укажите должность в вашей школе.", result.Errors[EmployeeFields.Position]);
    }
}
