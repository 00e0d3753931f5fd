using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Staff;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Staff;

public sealed class StaffDirectoryTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly TestRegion _region;

    public StaffDirectoryTests()
    {
        _region = TestRegion.Create(_database);
        StaffTestData.AddEmployee(_database, _region.School1.Id, "Иванова", snils: Snils.FromNumber(100200300));
        StaffTestData.AddEmployee(_database, _region.School1.Id, "Андреева", "Директор");
        StaffTestData.AddEmployee(_database, _region.School1.Id, "Борисова", dismissedOn: new DateOnly(2026, 6, 30));
        StaffTestData.AddEmployee(_database, _region.School2.Id, "Второва");
    }

    public void Dispose() => _database.Dispose();

    private StaffDirectory DirectoryFor(PortalUser user) => new(_database.For(user));

    [Fact]
    public async Task School_admin_sees_working_staff_of_own_school_only_sorted_by_surname()
    {
        var page = await DirectoryFor(_region.Admin1).ListAsync(new StaffListQuery(new StaffFilter()));

        Assert.Equal(["Андреева Ольга Ивановна", "Иванова Ольга Ивановна"], page.Rows.Select(r => r.FullName));
        Assert.Equal(2, page.Total);
        Assert.Equal("100-200-300 " + Snils.ControlSum("100200300").ToString("D2"), page.Rows[1].Snils);
        Assert.All(page.Rows, r => Assert.Equal("работает", r.Status));
    }

    [Fact]
    public async Task Show_dismissed_adds_dismissed_staff_with_the_date()
    {
        var page = await DirectoryFor(_region.Admin1).ListAsync(new StaffListQuery(new StaffFilter { IncludeDismissed = true }));

        Assert.Equal(3, page.Total);
        Assert.Equal("уволен 30.06.2026", page.Rows.Single(r => r.FullName.StartsWith("Борисова")).Status);
    }

    [Fact]
    public async Task Surname_search_finds_by_beginning_in_any_letter_case()
    {
        var directory = DirectoryFor(_region.Admin1);

        var lower = await directory.ListAsync(new StaffListQuery(new StaffFilter { Surname = "иван" }));
        var upper = await directory.ListAsync(new StaffListQuery(new StaffFilter { Surname = "ИВАНОВА" }));

        Assert.Equal("Иванова Ольга Ивановна", Assert.Single(lower.Rows).FullName);
        Assert.Single(upper.Rows);
    }

    [Fact]
    public async Task Position_filter_keeps_only_that_position()
    {
        var page = await DirectoryFor(_region.Admin1).ListAsync(new StaffListQuery(new StaffFilter { Position = "Директор" }));

        Assert.Equal("Андреева Ольга Ивановна", Assert.Single(page.Rows).FullName);
    }

    [Fact]
    public async Task Pages_split_the_filtered_list_and_count_all_of_it()
    {
        foreach (var surname in new[] { "Гусева", "Дмитриева", "Егорова" })
            StaffTestData.AddEmployee(_database, _region.School1.Id, surname);
        var directory = DirectoryFor(_region.Admin1);

        var second = await directory.ListAsync(new StaffListQuery(new StaffFilter(), Page: 1, PageSize: 2));
        var descending = await directory.ListAsync(new StaffListQuery(new StaffFilter(), PageSize: 2, Descending: true));

        Assert.Equal(5, second.Total);
        Assert.Equal(["Дмитриева", "Егорова"], second.Rows.Select(r => r.FullName.Split(' ')[0]));
        Assert.Equal(["Иванова", "Егорова"], descending.Rows.Select(r => r.FullName.Split(' ')[0]));
    }

    [Fact]
    public async Task Region_operator_sees_every_school_with_its_name_and_can_filter_by_school()
    {
        var directory = DirectoryFor(_region.RegionOperator);

        var all = await directory.ListAsync(new StaffListQuery(new StaffFilter(), Sort: StaffSortField.SchoolName));
        var second = await directory.ListAsync(new StaffListQuery(new StaffFilter { SchoolId = _region.School2.Id }));
        var options = await directory.OptionsAsync();

        Assert.Equal(3, all.Total);
        Assert.Equal("МАОУ «СОШ № 1»", all.Rows[0].SchoolName);
        Assert.Equal("Второва Ольга Ивановна", Assert.Single(second.Rows).FullName);
        Assert.True(options.SpansSchools);
        Assert.Equal(2, options.Schools.Count);
    }

    [Fact]
    public async Task School_admin_options_offer_own_positions_and_no_school_picker()
    {
        var options = await DirectoryFor(_region.Admin1).OptionsAsync();

        Assert.False(options.SpansSchools);
        Assert.Empty(options.Schools);
        Assert.Equal(["Директор", "Учитель математики"], options.Positions);
    }

    [Fact]
    public async Task A_teacher_cannot_read_the_staff_list()
    {
        var teacher = new PortalUser(2001, "teacher1", "Учитель", Role.Teacher, _region.School1.Id, null);

        await Assert.ThrowsAsync<AccessDeniedException>(() => DirectoryFor(teacher).ListAsync(new StaffListQuery(new StaffFilter())));
    }
}
