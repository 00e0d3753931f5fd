using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.DuplicateGuard;
using SchoolPortal.Features.QuickEntry;
using SchoolPortal.Tests.TestKit;
using static SchoolPortal.Tests.QuickEntry.QuickEntryTestData;

namespace SchoolPortal.Tests.QuickEntry;

public sealed class QuickEntryServiceTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly TestRegion _region;
    private readonly SchoolClass _empty;

    public QuickEntryServiceTests()
    {
        _region = TestRegion.Create(_database);
        _empty = AddEmptyClass(_database, _region);
    }

    public void Dispose() => _database.Dispose();

    private QuickEntryService Service(PortalUser user) =>
        new(_database.For(user), ManualClock.On(TestRegion.Today), new PersonDuplicateGuard(_database.Factory, _database.For(user)));

    private async Task<int> PupilsInAsync(int classId)
    {
        await using var db = _database.System();
        return await db.Pupils.CountAsync(p => p.CurrentClassId == classId);
    }

    [Fact]
    public async Task All_rows_are_saved_into_the_empty_class_and_blank_rows_are_skipped()
    {
        var result = await Service(_region.Admin1).SaveAsync(_empty.Id, [Row("Белова"), new QuickEntryRow(), Row("Чернова", "03.04.2015")]);

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Saved);
        Assert.Equal(2, await PupilsInAsync(_empty.Id));
    }

    [Fact]
    public async Task One_bad_row_saves_nothing_and_names_the_row_and_field()
    {
        var result = await Service(_region.Admin1).SaveAsync(_empty.Id,
            [Row("Белова"), Row("Чернова", "31.02.2015"), Row("Зеленова", snils: "123-456-789 00"), Row("Белова")]);

        Assert.False(result.Succeeded);
        Assert.Equal([1, 2, 3], result.Errors.Keys.Order());
        Assert.Contains("не дата", result.Errors[1][QuickEntryFields.BirthDate]);
        Assert.Contains("контрольное число", result.Errors[2][QuickEntryFields.Snils]);
        Assert.Equal("Этот ученик (ФИО и дата рождения) уже введён в строке 1.", result.Errors[3][QuickEntryFields.Surname]);
        Assert.Equal(0, await PupilsInAsync(_empty.Id));
    }

    [Fact]
    public async Task A_class_that_has_pupils_is_refused()
    {
        var result = await Service(_region.Admin1).SaveAsync(_region.Class1.Id, [Row("Белова")]);

        Assert.StartsWith("В классе 5А уже есть ученики", result.Message);
        Assert.Equal(1, await PupilsInAsync(_region.Class1.Id));
        Assert.Contains(await Service(_region.Admin1).ClassesAsync(), c => c.Id == _region.Class1.Id && c.HasPupils);
    }

    [Fact]
    public async Task A_row_matching_an_existing_pupil_is_listed_and_saved_only_with_a_reason()
    {
        var twin = Row("Второва", "14.03.2015");
        twin.FirstName = "Анна";
        twin.NoPatronymic = false;
        twin.Patronymic = "Игоревна";

        var refused = await Service(_region.Admin1).SaveAsync(_empty.Id, [Row("Белова"), twin]);

        Assert.Equal($"/management/pupils/{_region.Pupil2.Id}", Assert.Single(refused.Duplicates[1]).Link);
        Assert.Contains("совпадают ФИО и дата рождения", refused.Errors[1][QuickEntryFields.Duplicate]);
        Assert.Equal(0, await PupilsInAsync(_empty.Id));

        twin.DuplicateReason = "Другая девочка, тёзка, проверено";
        Assert.True((await Service(_region.Admin1).SaveAsync(_empty.Id, [Row("Белова"), twin])).Succeeded);
        Assert.Equal(2, await PupilsInAsync(_empty.Id));
        await using var db = _database.System();
        Assert.Equal(_region.Pupil2.Id, (await db.DuplicateOverrides.SingleAsync()).MatchedEntityId);
    }

    [Fact]
    public async Task A_class_of_another_school_is_not_found()
    {
        var result = await Service(_region.Admin2).SaveAsync(_empty.Id, [Row("Белова")]);

        Assert.Equal("Класс не найден в вашей школе.", result.Message);
    }
}
