using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Features.Pupils;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Pupils;

public sealed class PupilListQueryTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly TestRegion _region;

    public PupilListQueryTests()
    {
        _region = TestRegion.Create(_database);
        PupilListData.AddAsync(_database, _region).GetAwaiter().GetResult();
    }

    public void Dispose() => _database.Dispose();

    private async Task<List<string>> SurnamesAsync(PupilFilter filter, PupilColumn sortBy = PupilColumn.DisplayName, bool descending = false,
        int page = 0, int pageSize = 50)
    {
        var result = await new PupilListQuery(_database.For(_region.Admin1))
            .RunAsync(new PupilListRequest(filter, PupilColumns.Default, sortBy, descending, page, pageSize));
        return result.Rows.Select(r => r.Surname).ToList();
    }

    [Fact]
    public async Task Default_filter_lists_enrolled_pupils_of_own_school_sorted_by_surname()
    {
        var surnames = await SurnamesAsync(PupilFilter.Default);

        // SQLite compares code points, so Ё (U+0401) sorts before А; SQL Server's Cyrillic collation puts it after Е.
        Assert.Equal(["Ёлкин", "Абрамов", "Борисова", "Ежов", "Иванов", "Сёмина", "Яковлева"], surnames);
        Assert.DoesNotContain("Второва", surnames);
    }

    [Fact]
    public async Task Letter_range_keeps_surnames_between_the_letters_including_yo()
    {
        Assert.Equal(["Ёлкин", "Ежов", "Иванов"], await SurnamesAsync(PupilFilter.Default with { LetterFrom = 'Д', LetterTo = 'И' }));
        Assert.Equal(["Абрамов", "Борисова"], await SurnamesAsync(PupilFilter.Default with { LetterFrom = 'А', LetterTo = 'Б' }));
        Assert.Equal(["Сёмина", "Яковлева"], await SurnamesAsync(PupilFilter.Default with { LetterFrom = 'С', LetterTo = 'Я' }));
    }

    [Fact]
    public async Task Gender_status_and_grade_filters_narrow_the_list()
    {
        Assert.Equal(["Борисова", "Сёмина", "Яковлева"], await SurnamesAsync(PupilFilter.Default with { Gender = Gender.Female }));
        Assert.Equal(["Кузнецов"], await SurnamesAsync(PupilFilter.Default with { Status = PupilStatus.Withdrawn }));
        Assert.Equal(["Лебедев"], await SurnamesAsync(PupilFilter.Default with { Status = PupilStatus.Graduated }));
        Assert.Equal(9, (await SurnamesAsync(PupilFilter.Default with { Status = null })).Count);
        Assert.Equal(["Ёлкин", "Борисова", "Сёмина"], await SurnamesAsync(PupilFilter.Default with { Grade = 9 }));
        Assert.Empty(await SurnamesAsync(PupilFilter.Default with { Grade = 1 }));
    }

    [Fact]
    public async Task Surname_search_is_a_case_insensitive_prefix_where_e_matches_yo()
    {
        Assert.Equal(["Иванов"], await SurnamesAsync(PupilFilter.Default with { Surname = "иВА" }));
        Assert.Equal(["Сёмина"], await SurnamesAsync(PupilFilter.Default with { Surname = "семин" }));
        Assert.Equal(["Ёлкин", "Ежов"], await SurnamesAsync(PupilFilter.Default with { Surname = "е" }));
    }

    [Fact]
    public async Task Pages_and_sorting_are_done_by_the_server()
    {
        Assert.Equal(["Борисова", "Ежов"], await SurnamesAsync(PupilFilter.Default, page: 1, pageSize: 2));
        Assert.Equal("Яковлева", (await SurnamesAsync(PupilFilter.Default, descending: true))[0]);
        var byClass = await SurnamesAsync(PupilFilter.Default, PupilColumn.Class);
        Assert.Equal(["Абрамов", "Ежов", "Иванов", "Яковлева", "Ёлкин", "Борисова", "Сёмина"], byClass);
        var result = await new PupilListQuery(_database.For(_region.Admin1))
            .RunAsync(new PupilListRequest(PupilFilter.Default, PupilColumns.Default, PageSize: 3));
        Assert.Equal(7, result.Total);
        Assert.Equal(3, result.Rows.Count);
    }

    [Fact]
    public async Task Rows_carry_class_parents_and_only_the_visible_columns()
    {
        var result = await new PupilListQuery(_database.For(_region.Admin1))
            .RunAsync(new PupilListRequest(PupilFilter.Default with { Surname = "Иванов" }, PupilColumns.Default));
        var row = Assert.Single(result.Rows);
        Assert.Equal("5А", row.ClassName);
        Assert.Equal("Иванова Мария Петровна", row.Parents);
        Assert.Equal("14.03.2015", row.Cell(PupilColumn.BirthDate));

        var narrow = await new PupilListQuery(_database.For(_region.Admin1))
            .RunAsync(new PupilListRequest(PupilFilter.Default with { Surname = "Иванов" }, new HashSet<PupilColumn> { PupilColumn.DisplayName }));
        Assert.Null(Assert.Single(narrow.Rows).Parents);
    }

    [Fact]
    public async Task School_admin_never_lists_a_pupil_of_another_school()
    {
        var result = await new PupilListQuery(_database.For(_region.Admin1))
            .RunAsync(new PupilListRequest(PupilFilter.Default with { Status = null, Surname = "Второва" }, PupilColumns.Default));

        Assert.Empty(result.Rows);
        Assert.Equal(0, result.Total);
    }

    [Fact]
    public async Task Region_operator_filters_by_school_and_sees_the_school_column()
    {
        var query = new PupilListQuery(_database.For(_region.RegionOperator));
        var options = await query.OptionsAsync();

        var result = await query.RunAsync(new PupilListRequest(PupilFilter.Default with { SchoolId = _region.School2.Id }, options.Columns));

        Assert.Equal([_region.School1.Id, _region.School2.Id], options.Schools.Select(s => s.Id).Order());
        Assert.Contains(PupilColumn.School, options.Columns);
        var row = Assert.Single(result.Rows);
        Assert.Equal("Второва", row.Surname);
        Assert.Equal(_region.School2.ShortName, row.Cell(PupilColumn.School));
    }

    [Fact]
    public async Task School_admin_gets_no_school_choice_and_cannot_list_another_school_by_its_id()
    {
        var query = new PupilListQuery(_database.For(_region.Admin1));

        var options = await query.OptionsAsync();
        var foreign = await query.RunAsync(new PupilListRequest(PupilFilter.Default with { SchoolId = _region.School2.Id }, PupilColumns.Default));

        Assert.Empty(options.Schools);
        Assert.DoesNotContain(PupilColumn.School, options.Columns);
        Assert.Empty(foreign.Rows);
        Assert.Equal(0, foreign.Total);
    }
}
