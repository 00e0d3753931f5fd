using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Pupils;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Features.Parents;

namespace SchoolPortal.Tests.Pupils;

public sealed class ParentServicesTests : IDisposable
{
    private const string ParentSnils = "112-233-445 95";
    private readonly TestDatabase _database = new();
    private readonly TestRegion _region;

    public ParentServicesTests() => _region = TestRegion.Create(_database);

    public void Dispose() => _database.Dispose();

    private ParentCardService Cards(PortalUser user) => new(_database.For(user), ManualClock.On(TestRegion.Today), new(_database.Factory, _database.For(user)));

    private PupilParents Links(PortalUser user) => new(_database.For(user), ManualClock.On(TestRegion.Today), new(_database.Factory, _database.For(user)));

    private async Task GiveParentSnilsAsync()
    {
        await using var db = _database.System();
        var parent = await db.Parents.SingleAsync(p => p.Id == _region.Parent1.Id);
        parent.ChangeSnils(Snils.Parse(ParentSnils));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Parent_card_lists_the_children_with_class_and_school()
    {
        var card = await Cards(_region.Admin1).LoadAsync(_region.Parent1.Id);

        var child = Assert.Single(card!.Children);
        Assert.Equal("Иванов Пётр Сергеевич", child.FullName);
        Assert.Equal("5А", child.ClassName);
        Assert.Equal("МАОУ «СОШ № 1»", child.SchoolName);
        Assert.Equal("Мать", child.Relation);
    }

    [Fact]
    public async Task A_parent_of_another_school_is_not_found()
    {
        Assert.Null(await Cards(_region.Admin2).LoadAsync(_region.Parent1.Id));
        var result = await Cards(_region.Admin2).SaveAsync(_region.Parent1.Id, new ParentForm { Surname = "Чужая", FirstName = "Мария", NoPatronymic = true });
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Parent_card_saves_checked_fields()
    {
        var card = await Cards(_region.Admin1).LoadAsync(_region.Parent1.Id);
        card!.Form.Phone = "8 912 345-67-89";
        card.Form.Snils = "1";

        Assert.Equal("СНИЛС должен состоять из 11 цифр, введено 1.", (await Cards(_region.Admin1).SaveAsync(card.Id, card.Form)).Errors[PupilFields.Snils]);
        card.Form.Snils = ParentSnils;
        Assert.True((await Cards(_region.Admin1).SaveAsync(card.Id, card.Form)).Succeeded);
        Assert.Equal("+7 (912) 345-67-89", (await Cards(_region.Admin1).LoadAsync(card.Id))!.Form.Phone);
    }

    [Fact]
    public async Task Creating_a_parent_whose_snils_exists_is_refused_and_points_to_the_existing_one()
    {
        await GiveParentSnilsAsync();
        var form = new ParentForm { Surname = "Иванова", FirstName = "Мария", Patronymic = "Петровна", Snils = ParentSnils };

        var result = await Links(_region.Admin2).CreateAndAttachAsync(_region.Pupil2.Id, form, ParentRelation.Mother);

        Assert.Contains("уже есть у родителя Иванова Мария Петровна", result.Errors[PupilFields.Snils]);
        await using var db = _database.System();
        Assert.Equal(1, await db.Parents.CountAsync());
    }

    [Fact]
    public async Task A_school_finds_a_parent_of_another_school_by_exact_snils_and_attaches_the_same_record()
    {
        await GiveParentSnilsAsync();

        var found = await Links(_region.Admin2).FindAsync(new ParentSearch(ParentSnils, null, null, null));
        var candidate = Assert.Single(found.Found);
        Assert.Equal("***-***-445 95", candidate.MaskedSnils);
        Assert.Empty((await Links(_region.Admin2).FindAsync(new ParentSearch(null, "Иван", null, null))).Found);

        var result = await Links(_region.Admin2).AttachAsync(_region.Pupil2.Id, candidate.Id, ParentRelation.Mother);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Values));
        var linked = Assert.Single(await Links(_region.Admin2).ListAsync(_region.Pupil2.Id));
        Assert.Equal(_region.Parent1.Id, linked.ParentId);
        // The school-2 admin now sees the parent, but only the school-2 child.
        Assert.Equal(["Второва Анна Игоревна"], (await Cards(_region.Admin2).LoadAsync(_region.Parent1.Id))!.Children.Select(c => c.FullName));
    }

    [Fact]
    public async Task Creating_and_detaching_a_parent()
    {
        var form = new ParentForm { Surname = "Иванов", FirstName = "Сергей", Patronymic = "Олегович", Gender = Gender.Male };
        var created = await Links(_region.Admin1).CreateAndAttachAsync(_region.Pupil1.Id, form, ParentRelation.Father);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Values));
        Assert.Equal(["Мать", "Отец"], (await Links(_region.Admin1).ListAsync(_region.Pupil1.Id)).Select(p => p.Relation));

        var detached = await Links(_region.Admin1).DetachAsync(_region.Pupil1.Id, created.Id!.Value);

        Assert.True(detached.Succeeded);
        Assert.Single(await Links(_region.Admin1).ListAsync(_region.Pupil1.Id));
        Assert.False((await Links(_region.Admin2).DetachAsync(_region.Pupil1.Id, _region.Parent1.Id)).Succeeded);
    }
}
