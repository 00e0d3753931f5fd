using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.People;
using SchoolPortal.Features.BatchUpdate;
using SchoolPortal.Features.DuplicateGuard;

namespace SchoolPortal.Tests.BatchUpdate;

/// <summary>The portal's check of the people an update file would create: the region's records, then the file itself.</summary>
public sealed class GuardedNewPersonCheckTests : IDisposable
{
    private static readonly Snils Snils = Snils.FromNumber(112_233_445);
    private readonly BatchFixture _f = new();

    public void Dispose() => _f.Dispose();

    private GuardedNewPersonCheck Check() =>
        new(new PersonDuplicateGuard(_f.Database.Factory, _f.Database.For(_f.Region.Admin1)));

    [Fact]
    public async Task A_new_parent_with_the_snils_of_an_existing_parent_is_refused_at_its_row_and_column()
    {
        await using (var db = _f.Database.System())
        {
            var parent = await db.Parents.SingleAsync(p => p.Id == _f.Region.Parent1.Id);
            parent.ChangeSnils(Snils);
            await db.SaveChangesAsync();
        }
        var candidate = new NewPersonCandidate(7, "Родитель 2: Фамилия", RecordKind.Parent, PersonName.Create("Другова", "Анна", "Петровна"),
            new DateOnly(1984, 3, 3), Snils, null);

        var errors = await Check().CheckAsync([candidate], CancellationToken.None);

        var error = Assert.Single(errors);
        Assert.Equal((7, "Родитель 2: Фамилия"), (error.Row, error.Column));
        Assert.StartsWith("Такой человек уже есть:", error.Message);
        Assert.EndsWith(GuardedNewPersonCheck.AddOnCard, error.Message);
    }

    [Fact]
    public async Task The_same_new_person_on_two_rows_is_refused_on_the_later_row()
    {
        var name = PersonName.Create("Новикова", "Елена", "Сергеевна");
        var birth = new DateOnly(1986, 5, 5);
        NewPersonCandidate[] candidates =
        [
            new(5, "Родитель 1: Фамилия", RecordKind.Parent, name, birth, null, null),
            new(9, "Родитель 1: Фамилия", RecordKind.Parent, PersonName.Create("новикова", "Елёна", "Сергеевна"), birth, null, null),
            new(11, "Родитель 1: Фамилия", RecordKind.Parent, PersonName.Create("Новикова", "Елена", "Ивановна"), birth, null, null),
        ];

        var errors = await Check().CheckAsync(candidates, CancellationToken.None);

        var error = Assert.Single(errors);
        Assert.Equal(9, error.Row);
        Assert.Contains("в строке 5", error.Message);
    }

    [Fact]
    public async Task Nobody_new_means_nothing_to_check()
    {
        Assert.Empty(await Check().CheckAsync([], CancellationToken.None));
    }
}
