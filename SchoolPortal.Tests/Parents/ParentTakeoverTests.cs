using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Esia;
using PersonKind = SchoolPortal.Domain.Esia.PersonKind;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.DuplicateGuard;
using SchoolPortal.Features.Esia;
using SchoolPortal.Features.Pupils;
using SchoolPortal.Tests.Esia;
using SchoolPortal.Features.Parents;

namespace SchoolPortal.Tests.Parents;

/// <summary>
/// The attack: the administrator of school 2 finds Иванова (mother of a pupil of school 1) by SNILS, attaches her to a pupil of
/// school 2 and then tries to take her account over (a code to sign in as her, unlink her Gosuslugi, read her other child, edit her).
/// </summary>
public sealed class ParentTakeoverTests : IDisposable
{
    private readonly EsiaLinkingFixture _f = new();

    public ParentTakeoverTests()
    {
        using var db = _f.Database.System();
        db.Parents.Single(p => p.Id == _f.Region.Parent1.Id).ChangeContacts(PhoneNumber.Parse("+7 912 345-67-89"), Email.Parse("ivanova@example.ru"));
        db.SaveChanges();
    }

    public void Dispose() => _f.Dispose();

    private PupilParents Parents(PortalUser user) => new(_f.Database.For(user), _f.Clock, Guard(user));
    private ParentCardService Cards(PortalUser user) => new(_f.Database.For(user), _f.Clock, Guard(user));
    private EsiaLinkAdmin Links(PortalUser user) => new(_f.Database.For(user), _f.Database.Factory, _f.Clock);
    private PersonDuplicateGuard Guard(PortalUser user) => new(_f.Database.Factory, _f.Database.For(user));

    private async Task<int> AttachToSchool2Async()
    {
        var admin2 = Parents(_f.Region.Admin2);
        var found = await admin2.FindAsync(new ParentSearch(EsiaLinkingFixture.ParentSnils.Formatted, null, null, null));
        var candidate = Assert.Single(found.Found);
        Assert.True((await admin2.AttachAsync(_f.Region.Pupil2.Id, candidate.Id, ParentRelation.Mother)).Succeeded);
        return candidate.Id;
    }

    [Fact]
    public async Task Search_across_the_region_shows_only_what_is_needed_to_pick_the_person()
    {
        var found = await Parents(_f.Region.Admin2).FindAsync(new ParentSearch(EsiaLinkingFixture.ParentSnils.Formatted, null, null, null));

        var candidate = Assert.Single(found.Found);
        Assert.Equal("Иванова Мария Петровна", candidate.FullName);
        Assert.DoesNotContain("112-233-445", candidate.MaskedSnils);
        Assert.Equal("**** ***456", candidate.MaskedDocument);
    }

    [Fact]
    public async Task Admin_of_another_school_who_attached_the_parent_cannot_issue_a_code()
    {
        var parentId = await AttachToSchool2Async();

        var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => Links(_f.Region.Admin2).IssueCodeAsync(PersonKind.Parent, parentId));

        Assert.Equal(ParentControl.Refusal, refused.Message);
        await using var db = _f.Database.System();
        Assert.False(await db.LinkCodes.AnyAsync());
        Assert.Contains(await db.AuditLog.Where(e => e.EntityType == nameof(Parent) && e.EntityId == parentId).ToListAsync(),
            e => e.ActorLogin == "admin2" && e.Changes.Any(c => c.NewValue == "Отказано: выдать код привязки"));
    }

    [Fact]
    public async Task Admin_of_another_school_cannot_unlink_the_parents_gosuslugi()
    {
        await _f.Accounts().SignInAsync(EsiaLinkingFixture.Ivanova(), null);
        var parentId = await AttachToSchool2Async();

        await Assert.ThrowsAsync<AccessDeniedException>(() => Links(_f.Region.Admin2).UnlinkAsync(PersonKind.Parent, parentId));

        await using var db = _f.Database.System();
        Assert.Equal("1001", (await db.UserAccounts.SingleAsync(a => a.Id == _f.ParentAccountId)).EsiaOid);
    }

    [Fact]
    public async Task Admin_of_another_school_sees_a_limited_card_without_the_other_child_contacts_or_login()
    {
        var parentId = await AttachToSchool2Async();

        var card = await Cards(_f.Region.Admin2).LoadAsync(parentId);
        var status = await Links(_f.Region.Admin2).StatusAsync(PersonKind.Parent, parentId);

        Assert.NotNull(card);
        Assert.False(card.ControlsAccount);
        Assert.False(card.CanEdit);
        Assert.Equal([_f.Region.Pupil2.Id], card.Children.Select(c => c.PupilId));
        Assert.Null(card.Login);
        Assert.Null(card.Form.Phone);
        Assert.Null(card.Form.Email);
        Assert.Equal("***456", card.Form.DocumentNumber);
        Assert.Equal("****", card.Form.DocumentSeries);
        Assert.False(status!.CanManage);
        Assert.Null(status.Login);
    }

    [Fact]
    public async Task Admin_of_another_school_cannot_edit_the_parent_card()
    {
        var parentId = await AttachToSchool2Async();
        var form = (await Cards(_f.Region.Admin2).LoadAsync(parentId))!.Form;
        form.Phone = "+7 900 000-00-00";

        var result = await Cards(_f.Region.Admin2).SaveAsync(parentId, form);

        Assert.False(result.Succeeded);
        await using var db = _f.Database.System();
        Assert.Equal("ivanova@example.ru", (await db.Parents.SingleAsync(p => p.Id == parentId)).Email?.Value);
    }

    [Fact]
    public async Task Admin_of_another_school_gets_no_password_for_the_attached_parent()
    {
        await AttachToSchool2Async();
        var passwords = new PupilPasswords(_f.Database.For(_f.Region.Admin2), _f.Hasher, _f.Clock);

        var sheet = await passwords.IssueAsync([_f.Region.Pupil2.Id]);

        Assert.DoesNotContain(sheet.Rows, l => l.FullName == "Иванова Мария Петровна");
        await using var db = _f.Database.System();
        Assert.True(_f.Hasher.VerifyHashedPassword(null!, (await db.UserAccounts.SingleAsync(a => a.Id == _f.ParentAccountId)).PasswordHash, "parol123")
            != Microsoft.AspNetCore.Identity.PasswordVerificationResult.Failed);
    }

    [Fact]
    public async Task Admin_of_another_school_may_remove_the_link_to_own_pupil()
    {
        var parentId = await AttachToSchool2Async();

        Assert.True((await Parents(_f.Region.Admin2).DetachAsync(_f.Region.Pupil2.Id, parentId)).Succeeded);

        Assert.Null(await Cards(_f.Region.Admin2).LoadAsync(parentId));
    }

    [Fact]
    public async Task Once_the_parent_is_shared_neither_school_controls_the_account_but_the_region_operator_does()
    {
        var parentId = await AttachToSchool2Async();

        await Assert.ThrowsAsync<AccessDeniedException>(() => Links(_f.Region.Admin1).IssueCodeAsync(PersonKind.Parent, parentId));
        var issued = await Links(_f.Region.RegionOperator).IssueCodeAsync(PersonKind.Parent, parentId);

        Assert.Equal("ivanovam", issued.Login);
    }

    [Fact]
    public async Task The_school_of_all_the_children_issues_a_code_edits_and_sees_everything()
    {
        var card = await Cards(_f.Region.Admin1).LoadAsync(_f.Region.Parent1.Id);
        var issued = await Links(_f.Region.Admin1).IssueCodeAsync(PersonKind.Parent, _f.Region.Parent1.Id);

        Assert.True(card!.ControlsAccount);
        Assert.True(card.CanEdit);
        Assert.Equal("ivanovam", card.Login);
        Assert.Equal("ivanova@example.ru", card.Form.Email);
        Assert.Equal("ivanovam", issued.Login);
        await using var db = _f.Database.System();
        Assert.Contains(await db.AuditLog.Where(e => e.EntityType == nameof(Parent)).ToListAsync(),
            e => e.ActorLogin == "admin1" && e.Changes.Any(c => c.NewValue == "выдан код привязки к Госуслугам"));
    }
}
