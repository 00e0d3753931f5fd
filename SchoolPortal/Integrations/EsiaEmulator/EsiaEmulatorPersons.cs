using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Integrations.EsiaEmulator;

/// <summary>
/// The emulator's test persons, built once from the persons made for the demo and kept for the life of the process. Made
/// for the demo means: an account whose password is the demo password the sign-in page publishes (the demo generator
/// gives all its accounts that one password hash; <see cref="DemoOptions.Accounts"/> are the anchor it is read from). Such
/// an account can already be entered by anyone with the password form, so signing in as it through the emulator gives
/// nobody more; a real person's account, record or child is never listed. No demo accounts: only the made-up person.
/// Deterministic: parents are taken school by school (lowest school id first, a parent counting for the lowest school of
/// their children), lowest parent id first; a parent serves one key only. A key that the data cannot provide is left out.
/// </summary>
public sealed class EsiaEmulatorPersons(IDbContextFactory<PortalDbContext> factory, IPasswordHasher<UserAccount> hasher)
{
    /// <summary>The teacher person is this demo login, or nobody: never another employee's account.</summary>
    public const string TeacherLogin = "teacher1";

    /// <summary>Parents with "complete" records needed: matching, birthdate-differs, document-differs, unconfirmed.</summary>
    private const int CompleteNeeded = 4;
    private const int Batch = 100;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IReadOnlyList<EmulatorPerson>? _persons;

    public async Task<IReadOnlyList<EmulatorPerson>> ListAsync(CancellationToken ct = default)
    {
        if (_persons is { } built)
            return built;
        await _gate.WaitAsync(ct);
        try
        {
            return _persons ??= await BuildAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<EmulatorPerson?> FindByKeyAsync(string? key, CancellationToken ct = default) =>
        (await ListAsync(ct)).FirstOrDefault(p => p.Key == key);

    public async Task<EmulatorPerson?> FindByOidAsync(string? oid, CancellationToken ct = default) =>
        (await ListAsync(ct)).FirstOrDefault(p => p.Oid == oid);

    private async Task<IReadOnlyList<EmulatorPerson>> BuildAsync(CancellationToken ct)
    {
        // System scope: the demo's ESIA emulator lists the demo region's persons (never in production: DemoEmulators).
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
        var persons = new List<EmulatorPerson> { EmulatorPersonFactory.Unknown() };
        var demoHashes = await DemoPasswordHashesAsync(db, ct);
        if (demoHashes.Count > 0)
        {
            persons.AddRange(await ParentsAsync(db, demoHashes, ct));
            if (await TeacherAsync(db, demoHashes, ct) is { } teacher)
                persons.Add(teacher);
        }
        var order = EmulatorPersonKeys.All.ToList();
        return persons.OrderBy(p => order.IndexOf(p.Key)).ToList();
    }

    /// <summary>
    /// The password hashes of the demo's known logins that the demo password opens: the demo generator's one hash (its salt
    /// differs per database). Empty in a database the demo generator did not fill.
    /// </summary>
    private async Task<List<string>> DemoPasswordHashesAsync(PortalDbContext db, CancellationToken ct)
    {
        var logins = DemoOptions.Accounts.Select(a => a.Login).ToList();
        var known = await db.UserAccounts.AsNoTracking().Where(a => logins.Contains(a.Login) && !a.IsDisabled).ToListAsync(ct);
        return known.Where(a => a.PasswordHash.Length > 0)
            .GroupBy(a => a.PasswordHash)
            .Where(g => hasher.VerifyHashedPassword(g.First(), g.Key, DemoOptions.Password) != PasswordVerificationResult.Failed)
            .Select(g => g.Key)
            .ToList();
    }

    private static async Task<List<EmulatorPerson>> ParentsAsync(PortalDbContext db, List<string> demoHashes, CancellationToken ct)
    {
        EmulatorPerson? linked = null;
        var complete = new List<EmulatorFamily>();
        var seen = new HashSet<int>();
        var schools = await db.Schools.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);
        foreach (var schoolId in schools)
        {
            var accounts = await db.UserAccounts.AsNoTracking()
                .Where(a => a.ParentId != null && !a.IsDisabled && demoHashes.Contains(a.PasswordHash)
                    && db.ParentLinks.Any(l => l.ParentId == a.ParentId && db.Pupils.Any(p => p.Id == l.PupilId && p.SchoolId == schoolId)))
                .OrderBy(a => a.ParentId).ThenBy(a => a.Id)
                .Select(a => new { a.Id, a.Login, ParentId = a.ParentId!.Value, a.EsiaOid })
                .ToListAsync(ct);
            // One account per parent (the lowest id); a parent already met at a lower school is not met again.
            var fresh = accounts.Where(a => seen.Add(a.ParentId)).ToList();
            foreach (var chunk in fresh.Chunk(Batch))
            {
                var family = await FamiliesAsync(db, chunk.Select(a => a.ParentId).ToList(), ct);
                foreach (var account in chunk)
                {
                    if (!family.TryGetValue(account.ParentId, out var f))
                        continue;
                    if (account.EsiaOid is { } oid)
                    {
                        if (linked is null && f.Parent.BirthDate is not null && long.TryParse(oid, out _))
                            linked = EmulatorPersonFactory.Linked(f.Parent, f.Children, account.Id, account.Login, oid);
                    }
                    else if (Wanted(complete, f.Children.Count) && await IsCompleteAsync(db, f.Parent, f.Children, ct))
                    {
                        complete.Add(new EmulatorFamily(f.Parent, f.Children, account.Id, account.Login));
                    }
                    if (linked is not null && HasEnough(complete))
                        return Assign(linked, complete);
                }
            }
        }
        return Assign(linked, complete);
    }

    /// <summary>The first four, and later only one with two or more children if none of the four has.</summary>
    private static bool Wanted(List<EmulatorFamily> complete, int children) =>
        complete.Count < CompleteNeeded || (children >= 2 && !complete.Any(c => c.Children.Count >= 2));

    /// <summary>Enough when there are four, one of them with two or more children (so «matching» shows a kid mismatch).</summary>
    private static bool HasEnough(List<EmulatorFamily> complete) =>
        complete.Count >= CompleteNeeded && complete.Any(c => c.Children.Count >= 2);

    private static List<EmulatorPerson> Assign(EmulatorPerson? linked,
        List<EmulatorFamily> complete)
    {
        var persons = new List<EmulatorPerson>();
        if (linked is not null)
            persons.Add(linked);
        if (complete.Count == 0)
            return persons;
        var matching = complete.FirstOrDefault(c => c.Children.Count >= 2) ?? complete[0];
        var rest = complete.Where(c => c.Parent.Id != matching.Parent.Id).ToList();
        persons.Add(EmulatorPersonFactory.Matching(matching.Parent, matching.Children, matching.AccountId, matching.Login));
        var others = new Func<Parent, IReadOnlyList<Pupil>, int, string, EmulatorPerson>[]
        {
            EmulatorPersonFactory.BirthDateDiffers, EmulatorPersonFactory.DocumentDiffers, EmulatorPersonFactory.Unconfirmed,
        };
        for (var i = 0; i < others.Length && i < rest.Count; i++)
            persons.Add(others[i](rest[i].Parent, rest[i].Children, rest[i].AccountId, rest[i].Login));
        return persons;
    }

    private static async Task<Dictionary<int, (Parent Parent, List<Pupil> Children)>> FamiliesAsync(PortalDbContext db, List<int> parentIds,
        CancellationToken ct)
    {
        var parents = await db.Parents.AsNoTracking().Where(p => parentIds.Contains(p.Id)).ToListAsync(ct);
        var links = await db.ParentLinks.AsNoTracking().Where(l => parentIds.Contains(l.ParentId))
            .Select(l => new { l.ParentId, l.PupilId }).ToListAsync(ct);
        var pupilIds = links.Select(l => l.PupilId).Distinct().ToList();
        var pupils = await db.Pupils.AsNoTracking().Where(p => pupilIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        return parents.ToDictionary(p => p.Id, p => (p, links.Where(l => l.ParentId == p.Id && pupils.ContainsKey(l.PupilId))
            .Select(l => pupils[l.PupilId]).OrderBy(c => c.Id).ToList()));
    }

    /// <summary>
    /// A record ESIA could match exactly: name, birth date, a well-formed RF passport and SNILS; children with well-formed
    /// birth certificates and SNILS; and no other parent record with the same name and birth date or the same SNILS (a
    /// duplicate would make the match ambiguous instead of showing what the key is for).
    /// </summary>
    private static async Task<bool> IsCompleteAsync(PortalDbContext db, Parent parent, IReadOnlyList<Pupil> children, CancellationToken ct)
    {
        if (parent.BirthDate is not { } birth || parent.Gender is null
            || parent.Document is not { Kind: DocumentKind.RfPassport } passport
            || IdentityDocument.Validate(passport.Kind, passport.Series, passport.Number) is not null
            || parent.Snils is not { } snils || Snils.Validate(snils.Value) is not null
            || children.Count == 0)
            return false;
        foreach (var child in children)
        {
            if (child.BirthCertificate is not { } certificate
                || IdentityDocument.Validate(DocumentKind.RfBirthCertificate, certificate.Series, certificate.Number) is not null
                || child.Snils is not { } childSnils || Snils.Validate(childSnils.Value) is not null)
                return false;
        }
        var surname = parent.Name.Surname;
        var firstName = parent.Name.FirstName;
        return !await db.Parents.AnyAsync(p => p.Id != parent.Id
            && ((p.Name.Surname == surname && p.Name.FirstName == firstName && p.BirthDate == birth) || p.Snils == snils), ct);
    }

    private static async Task<EmulatorPerson?> TeacherAsync(PortalDbContext db, List<string> demoHashes, CancellationToken ct)
    {
        var account = await db.UserAccounts.AsNoTracking()
            .Where(a => a.Login == TeacherLogin && a.EmployeeId != null && !a.IsDisabled && demoHashes.Contains(a.PasswordHash))
            .Select(a => new { a.Id, a.Login, EmployeeId = a.EmployeeId!.Value })
            .FirstOrDefaultAsync(ct);
        if (account is null)
            return null;
        var employee = await db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == account.EmployeeId, ct);
        return employee is null ? null : EmulatorPersonFactory.Teacher(employee, account.Id, account.Login);
    }
}
