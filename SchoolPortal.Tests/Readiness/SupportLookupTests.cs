using SchoolPortal.Domain.Readiness;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Readiness;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Readiness;

public sealed class SupportLookupTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly ReadinessWorld _world;

    public SupportLookupTests() => _world = ReadinessWorld.Create(_database);

    public void Dispose() => _database.Dispose();

    private TestRegion Region => _world.Region;

    private SupportLookup Lookup(PortalUser user) => new(_database.For(user));

    [Theory]
    [InlineData("IV-ИВ 123456")]
    [InlineData("iv ив №123456")]
    [InlineData("ІV-ИВ-123456")]
    public async Task Child_is_found_by_birth_certificate_however_it_is_typed(string typed)
    {
        var result = await Lookup(Region.Admin1).FindAsync(typed, null);

        Assert.Equal(SupportLookupOutcome.Found, result.Outcome);
        var child = Assert.Single(result.Children);
        Assert.Equal(Region.Pupil1.Id, child.Pupil.PupilId);
        Assert.True(child.Pupil.Readiness.IsReady);
    }

    [Fact]
    public async Task School_admin_does_not_find_another_schools_child_but_the_region_operator_does()
    {
        var admin = await Lookup(Region.Admin1).FindAsync("II-ИВ 777888", null);
        var region = await Lookup(Region.RegionOperator).FindAsync("II-ИВ 777888", null);

        Assert.Equal(SupportLookupOutcome.NotFound, admin.Outcome);
        Assert.Equal("Ребёнок со свидетельством о рождении II-ИВ 777888 не найден в вашей школе.", admin.Message);
        Assert.Empty(admin.Children);
        Assert.Equal(Region.Pupil2.Id, Assert.Single(region.Children).Pupil.PupilId);
    }

    [Fact]
    public async Task Parent_found_by_snils_in_any_formatting_shows_each_child()
    {
        var result = await Lookup(Region.Admin1).FindAsync(null, "11223344595");

        Assert.Equal(SupportLookupOutcome.Found, result.Outcome);
        Assert.Equal("Родитель Иванова Мария Петровна, СНИЛС 112-233-445 95", result.Message);
        Assert.Equal([Region.Pupil1.Id, _world.Pupil5], result.Children.Select(c => c.Pupil.PupilId).Order());
        Assert.Equal(ReadinessStatus.NotReady, result.Children.Single(c => c.Pupil.PupilId == _world.Pupil5).Pupil.Readiness.Status);
    }

    [Fact]
    public async Task Another_districts_parent_is_not_found_by_snils()
    {
        var father2Snils = Domain.People.Snils.FromNumber(889900112).Formatted;

        var result = await Lookup(Region.District1Operator).FindAsync(null, father2Snils);

        Assert.Equal(SupportLookupOutcome.NotFound, result.Outcome);
        Assert.Equal($"Родитель со СНИЛС {father2Snils} не найден в доступных вам школах.", result.Message);
    }

    [Fact]
    public async Task Snils_not_found_with_a_wrong_control_number_says_so()
    {
        var result = await Lookup(Region.Admin1).FindAsync(null, "112-233-445 00");

        Assert.Equal(SupportLookupOutcome.NotFound, result.Outcome);
        Assert.Contains(result.Notes, n => n.Contains("контрольное число"));
    }

    [Fact]
    public async Task A_childs_snils_finds_the_child_with_a_note()
    {
        var result = await Lookup(Region.Admin1).FindAsync(null, Domain.People.Snils.FromNumber(445566778).Value);

        Assert.Equal(_world.Pupil3, Assert.Single(result.Children).Pupil.PupilId);
        Assert.Contains("указан не у родителя, а у ученика", Assert.Single(result.Notes));
    }

    [Theory]
    [InlineData(null, null, "Укажите серию и номер свидетельства о рождении ребёнка или СНИЛС родителя.", null)]
    [InlineData("IV-ИВ 123456", "112-233-445 95", "Заполните одно поле: серию и номер свидетельства о рождении ребёнка или СНИЛС родителя.", null)]
    [InlineData("123456", null, "Не указана серия свидетельства о рождении", SupportLookupResult.BirthCertificateField)]
    [InlineData(null, "123", "В СНИЛС 11 цифр, введено 3.", SupportLookupResult.SnilsField)]
    public async Task Bad_input_is_refused_with_a_russian_message_under_the_field(string? certificate, string? snils, string message, string? field)
    {
        var result = await Lookup(Region.Admin1).FindAsync(certificate, snils);

        Assert.Equal(SupportLookupOutcome.Invalid, result.Outcome);
        Assert.StartsWith(message, result.Message);
        Assert.Equal(field, result.Field);
    }
}
