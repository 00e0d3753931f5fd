using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OfficeOpenXml;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Pupils;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Features.Parents;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Tests.Pupils;

public sealed class PupilPasswordsTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly TestRegion _region;
    // Few iterations keep the tests fast; the production hasher uses the ASP.NET default.
    private readonly PasswordHasher<UserAccount> _hasher = new(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 1000 }));

    public PupilPasswordsTests() => _region = TestRegion.Create(_database);

    public void Dispose() => _database.Dispose();

    private PupilPasswords Service(PortalUser user) => new(_database.For(user), _hasher, TimeProvider.System);

    [Fact]
    public async Task New_passwords_create_accounts_for_pupil_and_parent_that_must_be_changed()
    {
        var sheet = await Service(_region.Admin1).IssueAsync([_region.Pupil1.Id]);

        Assert.Equal(["ученик", "родитель"], sheet.Rows.Select(r => r.Role));
        Assert.Equal("ivanovp1", sheet.Rows[0].Login);
        Assert.Equal("ivanovam1", sheet.Rows[1].Login);
        await using var db = _database.System();
        var pupilAccount = await db.UserAccounts.SingleAsync(a => a.PupilId == _region.Pupil1.Id);
        var parentAccount = await db.UserAccounts.SingleAsync(a => a.ParentId == _region.Parent1.Id);
        Assert.True(pupilAccount.MustChangePassword);
        Assert.True(parentAccount.MustChangePassword);
        Assert.Equal(Role.Pupil, pupilAccount.Roles);
        Assert.Equal(Role.Parent, parentAccount.Roles);
        Assert.NotEqual(PasswordVerificationResult.Failed,
            _hasher.VerifyHashedPassword(pupilAccount, pupilAccount.PasswordHash, sheet.Rows[0].Password));
    }

    [Fact]
    public async Task Issuing_again_updates_the_same_accounts_with_a_new_password()
    {
        var first = await Service(_region.Admin1).IssueAsync([_region.Pupil1.Id]);
        var second = await Service(_region.Admin1).IssueAsync([_region.Pupil1.Id]);

        Assert.Equal(first.Rows.Select(r => r.Login), second.Rows.Select(r => r.Login));
        await using var db = _database.System();
        Assert.Equal(2, await db.UserAccounts.CountAsync(a => a.PupilId != null || a.ParentId != null));
        var account = await db.UserAccounts.SingleAsync(a => a.PupilId == _region.Pupil1.Id);
        Assert.Equal(PasswordVerificationResult.Failed, _hasher.VerifyHashedPassword(account, account.PasswordHash, first.Rows[0].Password));
    }

    [Fact]
    public async Task The_excel_list_opens_and_holds_every_line()
    {
        var sheet = await Service(_region.Admin1).IssueAsync([_region.Pupil1.Id]);

        var package = Workbooks.Open(sheet.Excel);
        var ws = package.Workbook.Worksheets.First();
        Assert.Equal("ФИО", ws.Cells[1, 1].Text);
        Assert.Equal("Пароль", ws.Cells[1, 5].Text);
        Assert.Equal("Иванов Пётр Сергеевич", ws.Cells[2, 1].Text);
        Assert.Equal("5А", ws.Cells[2, 2].Text);
        Assert.Equal("ivanovp1", ws.Cells[2, 4].Text);
        Assert.Equal(sheet.Rows[0].Password, ws.Cells[2, 5].Text);
        Assert.Equal("родитель", ws.Cells[3, 3].Text);
        Assert.EndsWith(".xlsx", sheet.FileName);
    }

    [Fact]
    public async Task Passwords_for_a_pupil_of_another_school_are_refused_and_nothing_is_written()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service(_region.Admin1).IssueAsync([_region.Pupil1.Id, _region.Pupil2.Id]));

        await using var db = _database.System();
        Assert.False(await db.UserAccounts.AnyAsync(a => a.PupilId != null));
    }
}
