using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Common;
using SchoolPortal.Features.Camps;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Jobs;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Camps;

/// <summary>«Лагеря и смены» on a real SQLite database: districts keep their own camps, places freed go to the reserve, named shifts stay.</summary>
public sealed class CampCatalogServiceTests : IDisposable
{
    private static readonly DateTimeOffset Now = CampWorld.Opening.AddHours(2);

    private readonly TestDatabase _database = new();
    private readonly CampWorld _world;
    private readonly CampStaffKit _kit;

    public CampCatalogServiceTests()
    {
        _world = CampWorld.Create(_database);
        _kit = new CampStaffKit(_world);
    }

    public void Dispose() => _database.Dispose();

    private CampCatalogService Catalog(PortalUser user) => _kit.Catalog(user, Now);

    private Task<CampApplication> Apply(Family family, CampShift shift, int second) =>
        _world.Filing(family.Parent, CampWorld.Opening.AddSeconds(second)).ApplyAsync(new CampRequest(family.PupilId, [shift.Id], CampPriority.General, null));

    [Fact]
    public async Task A_municipal_operator_adds_a_camp_to_their_own_district_whatever_district_the_form_names()
    {
        var id = await Catalog(_world.Region.District1Operator)
            .SaveCampAsync(new CampForm(null, "Лагерь «Дружба»", CampKind.SchoolDay, "г. Челябинск, ул. Ленина, 1", _world.Region.District2.Id));

        using var db = _database.System();
        Assert.Equal(_world.Region.District1.Id, (await db.Camps.SingleAsync(c => c.Id == id)).MunicipalityId);
        var catalog = await Catalog(_world.Region.District1Operator).CatalogAsync(CampWorld.Year);
        Assert.Equal(["Лагерь «Дружба»", "Лагерь «Уральские зори»"], catalog.Camps.Select(c => c.Camp.Name));
        Assert.False(catalog.KeepsSeason);
    }

    [Fact]
    public async Task A_municipal_operator_cannot_change_or_delete_another_districts_camp_even_by_its_id()
    {
        var (theirs, shift) = _kit.DistrictTwoCamp(places: 5);
        var catalog = Catalog(_world.Region.District1Operator);

        var rename = await Assert.ThrowsAsync<AccessDeniedException>(() =>
            catalog.SaveCampAsync(new CampForm(theirs.Id, "Захвачено", CampKind.Country, "адрес", null)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => catalog.DeleteCampAsync(theirs.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => catalog.SaveShiftAsync(new CampShiftForm(shift.Id, theirs.Id, "1 смена",
            shift.StartsOn, shift.EndsOn, 1, 7, 15, 30_000m, 6_000m)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => catalog.SaveShiftAsync(new CampShiftForm(null, theirs.Id, "Новая",
            new DateOnly(2027, 8, 1), new DateOnly(2027, 8, 10), 10, 7, 15, 30_000m, 6_000m)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => catalog.DeleteShiftAsync(shift.Id));

        Assert.Equal(CampCatalogService.OtherDistrict, rename.Message);
        using var db = _database.System();
        Assert.Equal("Лагерь «Сосновый бор»", (await db.Camps.SingleAsync(c => c.Id == theirs.Id)).Name);
        Assert.Equal((5, 1), ((await db.CampShifts.SingleAsync(s => s.Id == shift.Id)).Places, await db.CampShifts.CountAsync(s => s.CampId == theirs.Id)));
    }

    [Fact]
    public async Task Past_the_service_the_scope_guard_still_refuses_a_write_to_another_districts_camp()
    {
        var (theirs, _) = _kit.DistrictTwoCamp(places: 5);
        await using var db = await _database.For(_world.Region.District1Operator).OpenAsync();
        var camp = await db.Camps.SingleAsync(c => c.Id == theirs.Id);
        camp.Change("Захвачено", CampKind.Country, "адрес");

        await Assert.ThrowsAsync<AccessDeniedException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task The_region_operator_declares_a_season_opening_at_a_minute_of_region_time_with_the_default_terms()
    {
        await Catalog(_world.Region.RegionOperator).SaveSeasonAsync(new CampSeasonForm(2028, new DateOnly(2028, 4, 20), new TimeOnly(9, 0),
            CampSeason.DefaultPaymentWorkingDays, CampSeason.DefaultVoucherWorkingDays, "Управление образования", "7451000013", "40102810645370000062",
            "Отделение Челябинск", "017501500"));

        using var db = _database.System();
        var season = await db.CampSeasons.SingleAsync(s => s.Year == 2028);
        Assert.Equal("20.04.2028 09:00", RegionTime.Format(season.BookingOpensAt));
        Assert.Equal((5, 3), (season.PaymentWorkingDays, season.VoucherWorkingDays));
    }

    [Fact]
    public async Task A_municipal_operator_cannot_change_the_seasons_terms()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => Catalog(_world.Region.District1Operator).SaveSeasonAsync(new CampSeasonForm(CampWorld.Year,
            new DateOnly(2027, 4, 1), new TimeOnly(9, 0), 5, 3, "Получатель", "7451000013", "40102810645370000062", "Банк", "017501500")));

        using var db = _database.System();
        Assert.Equal(CampWorld.Opening, (await db.CampSeasons.SingleAsync()).BookingOpensAt);
    }

    [Fact]
    public async Task A_season_without_a_payee_account_is_refused_under_the_account_field()
    {
        var refusal = await Assert.ThrowsAsync<DomainException>(() => Catalog(_world.Region.RegionOperator).SaveSeasonAsync(new CampSeasonForm(2028,
            new DateOnly(2028, 4, 20), new TimeOnly(9, 0), 5, 3, "Получатель", "7451000013", "4010", "Банк", "017501500")));

        Assert.Equal("payeeAccount", refusal.Field);
        using var db = _database.System();
        Assert.False(await db.CampSeasons.AnyAsync(s => s.Year == 2028));
    }

    [Fact]
    public async Task A_shift_of_a_season_not_declared_is_refused()
    {
        var refusal = await Assert.ThrowsAsync<DomainException>(() => Catalog(_world.Region.District1Operator).SaveShiftAsync(new CampShiftForm(null,
            _world.Camp.Id, "1 смена", new DateOnly(2029, 6, 1), new DateOnly(2029, 6, 21), 10, 7, 15, 25_000m, 5_000m)));

        Assert.Contains("2029 года не объявлена", refusal.Message);
    }

    [Fact]
    public async Task More_places_in_a_full_shift_go_to_the_reserve_in_queue_order_at_once()
    {
        var shift = _world.Shift(places: 1);
        var holder = await Apply(_world.NewFamily(), shift, 1);
        var next = await Apply(_world.NewFamily(), shift, 2);
        var last = await Apply(_world.NewFamily(), shift, 3);

        var granted = await Catalog(_world.Region.District1Operator).SaveShiftAsync(new CampShiftForm(shift.Id, shift.CampId, shift.Name, shift.StartsOn,
            shift.EndsOn, 2, shift.MinAge, shift.MaxAge, shift.FullPrice, shift.ParentShare));

        using var db = _database.System();
        var statuses = await db.CampApplications.ToDictionaryAsync(a => a.Id, a => a.Status);
        Assert.Equal(1, granted);
        Assert.Equal((CampApplicationStatus.Granted, CampApplicationStatus.Granted, CampApplicationStatus.Reserve),
            (statuses[holder.Id], statuses[next.Id], statuses[last.Id]));
        Assert.Equal((2, 2), ((await db.CampShifts.SingleAsync(s => s.Id == shift.Id)).Places, (await db.CampShifts.SingleAsync(s => s.Id == shift.Id)).Taken));
        Assert.Equal(1, await db.CampNotices.CountAsync(n => n.ApplicationId == next.Id && n.Status == CampApplicationStatus.Granted));
    }

    [Fact]
    public async Task Fewer_places_than_are_taken_are_refused_under_the_places_field()
    {
        var shift = _world.Shift(places: 2);
        await Apply(_world.NewFamily(), shift, 1);
        await Apply(_world.NewFamily(), shift, 2);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => Catalog(_world.Region.RegionOperator).SaveShiftAsync(new CampShiftForm(shift.Id,
            shift.CampId, shift.Name, shift.StartsOn, shift.EndsOn, 1, shift.MinAge, shift.MaxAge, shift.FullPrice, shift.ParentShare)));

        Assert.Equal("places", refusal.Field);
        using var db = _database.System();
        Assert.Equal(2, (await db.CampShifts.SingleAsync(s => s.Id == shift.Id)).Places);
    }

    [Fact]
    public async Task A_shift_or_camp_an_application_names_is_not_deleted_and_the_refusal_says_why()
    {
        var named = _world.Shift(places: 2, name: "1 смена");
        var free = _world.Shift(places: 2, startsOn: new DateOnly(2027, 7, 1), name: "2 смена");
        await Apply(_world.NewFamily(), named, 1);
        var catalog = Catalog(_world.Region.District1Operator);

        var shiftRefusal = await Assert.ThrowsAsync<DomainException>(() => catalog.DeleteShiftAsync(named.Id));
        var campRefusal = await Assert.ThrowsAsync<DomainException>(() => catalog.DeleteCampAsync(_world.Camp.Id));
        await catalog.DeleteShiftAsync(free.Id);

        Assert.Contains("выбрана в заявлениях (1)", shiftRefusal.Message);
        Assert.Contains("Лагерь нельзя удалить", campRefusal.Message);
        using var db = _database.System();
        Assert.Equal([named.Id], await db.CampShifts.Select(s => s.Id).ToListAsync());
    }

    [Fact]
    public async Task A_camp_without_applications_is_deleted_with_its_shifts()
    {
        _world.Shift(places: 2);

        await Catalog(_world.Region.RegionOperator).DeleteCampAsync(_world.Camp.Id);

        using var db = _database.System();
        Assert.Equal((0, 0), (await db.Camps.CountAsync(), await db.CampShifts.CountAsync()));
    }
}
