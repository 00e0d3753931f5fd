using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OfficeOpenXml;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Parents;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Features.Pupils;

/// <summary>
/// «Сформировать новые пароли»: new one-time passwords for the chosen pupils and their parents, creating the accounts
/// they lack, in one save; returns the list as Excel to print and hand out.
/// </summary>
public sealed class PupilPasswords(PortalDb portalDb, IPasswordHasher<UserAccount> hasher, TimeProvider clock)
{
    public const int MaxPupils = 1000;

    public async Task<PasswordSheet> IssueAsync(IReadOnlyCollection<int> pupilIds, CancellationToken ct = default)
    {
        var ids = pupilIds.Distinct().ToList();
        if (ids.Count == 0)
            throw new Domain.Common.DomainException("Отметьте учеников, которым нужны новые пароли.");
        if (ids.Count > MaxPupils)
            throw new Domain.Common.DomainException($"За один раз — не больше {MaxPupils} учеников.");
        await using var db = await portalDb.OpenAsync();
        var pupils = await db.Pupils.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .Select(p => new
            {
                p.Id, p.SchoolId, p.Name,
                Class = db.Classes.Where(c => c.Id == p.CurrentClassId).Select(c => c.Grade.ToString() + c.Letter).FirstOrDefault(),
            })
            .ToListAsync(ct);
        // The query filters hide other schools' pupils: an id that did not load is foreign or gone, and is refused.
        if (pupils.Count != ids.Count)
            throw new AccessDeniedException("Среди отмеченных есть ученики, недоступные вам (другая школа или удалены). Пароли не сформированы.");

        var links = await db.ParentLinks.Where(l => ids.Contains(l.PupilId)).Include(l => l.Parent).ToListAsync(ct);
        // A password is the account: a parent who also has children in other schools gets it only from whoever controls it.
        var user = await portalDb.UserAsync();
        var controlled = new HashSet<int>();
        foreach (var parentId in links.Select(l => l.ParentId).Distinct())
            if (await ParentControl.ControlsAsync(db, user, parentId, Infrastructure.CardCalendar.Today(clock), ct))
                controlled.Add(parentId);
        links = links.Where(l => controlled.Contains(l.ParentId)).ToList();
        var parentIds = links.Select(l => l.ParentId).Distinct().ToList();
        var accounts = await db.UserAccounts
            .Where(a => (a.PupilId != null && ids.Contains(a.PupilId.Value)) || (a.ParentId != null && parentIds.Contains(a.ParentId.Value)))
            .ToListAsync(ct);

        var taken = new HashSet<string>();
        var rows = new List<(UserAccount Account, IssuedPassword Line)>();
        foreach (var pupil in pupils.OrderBy(p => p.Class).ThenBy(p => p.Name.Surname).ThenBy(p => p.Name.FirstName))
        {
            var account = accounts.FirstOrDefault(a => a.PupilId == pupil.Id)
                ?? await NewAccountAsync(db, pupil.Name, Role.Pupil, pupil.SchoolId, taken, a => a.LinkTo(pupilId: pupil.Id), ct);
            rows.Add((account, new IssuedPassword(pupil.Name.Full, pupil.Class ?? "", "ученик", account.Login, OneTimePassword.New())));
            foreach (var link in links.Where(l => l.PupilId == pupil.Id).OrderBy(l => l.Relation))
            {
                if (rows.Any(r => r.Account.ParentId == link.ParentId && r.Account.ParentId != null))
                    continue;
                var parent = link.Parent!;
                var parentAccount = accounts.FirstOrDefault(a => a.ParentId == parent.Id)
                    ?? await NewAccountAsync(db, parent.Name, Role.Parent, null, taken, a => a.LinkTo(parentId: parent.Id), ct);
                var classes = string.Join(", ", links.Where(l => l.ParentId == parent.Id)
                    .Select(l => pupils.First(p => p.Id == l.PupilId).Class).OfType<string>().Distinct());
                rows.Add((parentAccount, new IssuedPassword(parent.Name.Full, classes, "родитель", parentAccount.Login, OneTimePassword.New())));
            }
        }

        // PBKDF2 is slow by design (~tens of ms a hash): hash on all cores, then write everything in one save.
        var hashes = new string[rows.Count];
        Parallel.For(0, rows.Count, i => hashes[i] = hasher.HashPassword(rows[i].Account, rows[i].Line.Password));
        for (var i = 0; i < rows.Count; i++)
            rows[i].Account.SetPassword(hashes[i], mustChange: true);
        await db.SaveChangesAsync(ct);

        var lines = rows.Select(r => r.Line).ToList();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return new PasswordSheet(lines, Excel(lines), $"Пароли {today:dd.MM.yyyy}.xlsx");
    }

    internal static async Task<UserAccount> NewAccountAsync(PortalDbContext db, Domain.People.PersonName name, Role role, int? schoolId,
        HashSet<string> taken, Action<UserAccount> link, CancellationToken ct)
    {
        var stem = Logins.Stem(name);
        // Logins are unique in the whole region, so the check must see every account; it reads login strings only.
        var existing = await db.UserAccounts.IgnoreQueryFilters()
            .Where(a => a.Login.StartsWith(stem))
            .Select(a => a.Login)
            .ToListAsync(ct);
        taken.UnionWith(existing);
        var account = new UserAccount(Logins.Next(stem, taken), name.Full, role, schoolId);
        link(account);
        db.UserAccounts.Add(account);
        return account;
    }

    /// <summary>EPPlus 4.5: no AutoFitColumns (it needs GDI+ on Linux), the widths are set by hand.</summary>
    internal static byte[] Excel(IReadOnlyList<IssuedPassword> lines)
    {
        var package = Workbooks.New();
        var sheet = package.Workbook.Worksheets.Add("Пароли");
        string[] headers = ["ФИО", "Класс", "Роль", "Логин", "Пароль"];
        double[] widths = [40, 10, 12, 20, 14];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cells[1, c + 1].Value = headers[c];
            sheet.Cells[1, c + 1].Style.Font.Bold = true;
            sheet.Column(c + 1).Width = widths[c];
        }
        for (var r = 0; r < lines.Count; r++)
        {
            var line = lines[r];
            object[] values = [line.FullName, line.ClassName, line.Role, line.Login, line.Password];
            for (var c = 0; c < values.Length; c++)
                sheet.Cells[r + 2, c + 1].Value = values[c];
        }
        // The password column is text: Excel must not turn "12345678"-like values into numbers.
        sheet.Column(5).Style.Numberformat.Format = "@";
        return package.GetAsByteArray();
    }
}
