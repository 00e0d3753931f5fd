using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.People;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Features.Esia;
using SchoolPortal.Integrations.Esia;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Tests.Esia;

/// <summary>
/// A test region whose parent (Иванова Мария Петровна) has full data and an account, and helpers that make the ESIA answers
/// for her or for anyone else.
/// </summary>
internal sealed class EsiaLinkingFixture : IDisposable
{
    public static readonly DateOnly ParentBirth = new(1985, 3, 14);
    public static readonly Snils ParentSnils = Snils.FromNumber(112233445);
    public static readonly IdentityDocument ParentPassport = IdentityDocument.Passport("7505", "123456");

    public TestDatabase Database { get; } = new();
    public TestRegion Region { get; }
    public ManualClock Clock { get; } = ManualClock.On(TestRegion.Today);
    public PasswordHasher<UserAccount> Hasher { get; } = new();
    public int ParentAccountId { get; }

    public EsiaLinkingFixture()
    {
        Region = TestRegion.Create(Database);
        using var db = Database.System();
        var parent = db.Parents.Single(p => p.Id == Region.Parent1.Id);
        parent.ChangeBirthDate(ParentBirth, TestRegion.Today);
        parent.ChangeSnils(ParentSnils);
        parent.ChangeDocument(ParentPassport);
        var account = new UserAccount("ivanovam", "Иванова Мария Петровна", Role.Parent);
        account.LinkTo(parentId: parent.Id);
        account.SetPassword(Hasher.HashPassword(account, "parol123"), mustChange: false);
        db.UserAccounts.Add(account);
        db.SaveChanges();
        ParentAccountId = account.Id;
    }

    public EsiaAccounts Accounts() => new(Database.Factory, new PasswordSignIn(Database.Factory, Hasher, Clock), Clock);

    /// <summary>ESIA's answers for a person, in the REST format (SNILS and passport optional).</summary>
    public static EsiaAnswers Answers(string oid, string surname, string firstName, string? middleName, DateOnly birth, Snils? snils,
        IdentityDocument? passport, bool trusted = true)
    {
        var person = new Dictionary<string, object?>
        {
            ["firstName"] = firstName, ["lastName"] = surname, ["middleName"] = middleName,
            ["birthDate"] = birth.ToString("dd.MM.yyyy"), ["trusted"] = trusted, ["snils"] = snils?.Formatted,
        };
        var docs = new
        {
            elements = passport is null
                ? Array.Empty<object>()
                : [new { type = "RF_PASSPORT", vrfStu = "VERIFIED", series = passport.Series, number = passport.Number }],
        };
        return new EsiaAnswers(oid, JsonSerializer.Serialize(person), JsonSerializer.Serialize(docs), """{"elements":[]}""");
    }

    /// <summary>Иванова as ESIA knows her: the school's data exactly, or changed by the caller.</summary>
    public static EsiaAnswers Ivanova(string oid = "1001", DateOnly? birth = null, bool withSnils = true, IdentityDocument? passport = null,
        bool trusted = true) =>
        Answers(oid, "Иванова", "Мария", "Петровна", birth ?? ParentBirth, withSnils ? ParentSnils : null, passport ?? ParentPassport, trusted);

    public void Dispose() => Database.Dispose();
}
