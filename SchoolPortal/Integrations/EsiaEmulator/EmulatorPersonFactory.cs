using System.Globalization;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Staff;

namespace SchoolPortal.Integrations.EsiaEmulator;

/// <summary>
/// Builds the emulator's test persons from school records, each with the difference its key promises. Oids come from the
/// record ids in ranges of their own (the demo's linked accounts use 1000000000 + account id), so they stay the same
/// across restarts and never collide.
/// </summary>
public static class EmulatorPersonFactory
{
    public const long ParentOidBase = 2_000_000_000;
    public const long EmployeeOidBase = 3_000_000_000;
    public const long UnknownOid = 4_000_000_001;
    public const long UnknownKidId = 4_000_000_002;
    public const long KidIdBase = 5_000_000_000;

    public static EmulatorPerson Linked(Parent parent, IReadOnlyList<Pupil> children, int accountId, string login, string oid)
    {
        var kids = children.Select(c => Kid(c)).ToList();
        return new EmulatorPerson(EmulatorPersonKeys.Linked, oid, "Родитель, уже привязан к порталу",
            $"Учетная запись портала «{login}» уже связана с этой учетной записью Госуслуг (oid {oid}): вход сразу, без привязки. "
            + KidsText(kids),
            true, parent.Name, parent.BirthDate!.Value, parent.Gender, parent.Snils, Documents(oid, parent.Document), kids,
            accountId, login, parent.Id);
    }

    public static EmulatorPerson Matching(Parent parent, IReadOnlyList<Pupil> children, int accountId, string login)
    {
        var oid = Oid(ParentOidBase + parent.Id);
        var kids = children.Select((c, i) => Kid(c, alterCertificate: children.Count >= 2 && i == children.Count - 1)).ToList();
        var note = children.Count >= 2
            ? $" У ребёнка {kids[^1].Name.Short} номер свидетельства о рождении на Госуслугах отличается на одну цифру "
              + $"({CertificateOf(kids[^1])} вместо {children[^1].BirthCertificate!.SeriesAndNumber}): школа увидит расхождение."
            : "";
        return new EmulatorPerson(EmulatorPersonKeys.Matching, oid, "Родитель, данные совпадают со школой",
            $"ФИО, дата рождения, паспорт и СНИЛС на Госуслугах совпадают с записью родителя в школе, учетная запись подтверждена: "
            + $"портал привяжет её к учетной записи «{login}» автоматически. {KidsText(kids)}{note}",
            true, parent.Name, parent.BirthDate!.Value, parent.Gender, parent.Snils, Documents(oid, parent.Document), kids,
            accountId, login, parent.Id);
    }

    public static EmulatorPerson BirthDateDiffers(Parent parent, IReadOnlyList<Pupil> children, int accountId, string login)
    {
        var oid = Oid(ParentOidBase + parent.Id);
        var birth = parent.BirthDate!.Value.AddDays(1);
        var kids = children.Select(c => Kid(c)).ToList();
        return new EmulatorPerson(EmulatorPersonKeys.BirthDateDiffers, oid, "Родитель, дата рождения отличается",
            $"На Госуслугах дата рождения на день позже, чем в школе ({birth:dd.MM.yyyy} вместо {parent.BirthDate:dd.MM.yyyy}), "
            + $"а СНИЛС не указан; остальное совпадает. Автоматической привязки не будет: портал покажет несовпавшее поле и предложит "
            + $"привязку по логину «{login}» и паролю или по коду из школы. {KidsText(kids)}",
            true, parent.Name, birth, parent.Gender, null, Documents(oid, parent.Document), kids, accountId, login, parent.Id);
    }

    public static EmulatorPerson DocumentDiffers(Parent parent, IReadOnlyList<Pupil> children, int accountId, string login)
    {
        var oid = Oid(ParentOidBase + parent.Id);
        var school = parent.Document!;
        var esia = IdentityDocument.Create(school.Kind, school.Series, OtherNumber(school.Number), school.IssuedOn, school.IssuedBy);
        var kids = children.Select(c => Kid(c)).ToList();
        return new EmulatorPerson(EmulatorPersonKeys.DocumentDiffers, oid, "Родитель, паспорт отличается",
            $"На Госуслугах другой номер паспорта ({esia.SeriesAndNumber} вместо {school.SeriesAndNumber}), а СНИЛС не указан; "
            + $"остальное совпадает. Автоматической привязки не будет: портал покажет несовпавшее поле и предложит привязку по логину "
            + $"«{login}» и паролю или по коду из школы. {KidsText(kids)}",
            true, parent.Name, parent.BirthDate!.Value, parent.Gender, null, Documents(oid, esia), kids, accountId, login, parent.Id);
    }

    public static EmulatorPerson Unconfirmed(Parent parent, IReadOnlyList<Pupil> children, int accountId, string login)
    {
        var oid = Oid(ParentOidBase + parent.Id);
        var kids = children.Select(c => Kid(c)).ToList();
        return new EmulatorPerson(EmulatorPersonKeys.Unconfirmed, oid, "Родитель, учетная запись не подтверждена",
            "Данные на Госуслугах совпадают со школой, но учетная запись не подтверждена (упрощённая или стандартная): "
            + $"автоматическая привязка невозможна, портал предложит привязку по логину «{login}» и паролю или по коду из школы. {KidsText(kids)}",
            false, parent.Name, parent.BirthDate!.Value, parent.Gender, parent.Snils, Documents(oid, parent.Document), kids,
            accountId, login, parent.Id);
    }

    public static EmulatorPerson Teacher(Employee employee, int accountId, string login)
    {
        var oid = Oid(EmployeeOidBase + employee.Id);
        return new EmulatorPerson(EmulatorPersonKeys.Teacher, oid, "Сотрудник школы",
            $"{employee.Position}: ФИО, дата рождения, СНИЛС и паспорт на Госуслугах совпадают с карточкой сотрудника, "
            + $"учетная запись портала «{login}». Детей в учетной записи нет.",
            true, employee.Name, employee.BirthDate, employee.Gender, employee.Snils, Documents(oid, employee.Passport), [],
            accountId, login, EmployeeId: employee.Id);
    }

    /// <summary>Made up: a SNILS above the demo generator's range (it stops below 900-000-000) and a Moscow passport.</summary>
    public static EmulatorPerson Unknown()
    {
        var oid = Oid(UnknownOid);
        var kidId = Oid(UnknownKidId);
        var kid = new EmulatorKid(kidId, PersonName.Create("Залесский", "Тимофей", "Игоревич"), new DateOnly(2016, 9, 3), Gender.Male,
            Snils.FromNumber(912_345_679),
            [new EmulatorDocument(DocumentId(kidId, 0),
                IdentityDocument.BirthCertificate("II-МЮ", "123987", new DateOnly(2016, 9, 15), "Отдел ЗАГС Хамовнического района г. Москвы"))],
            null);
        return new EmulatorPerson(EmulatorPersonKeys.Unknown, oid, "Человек, которого нет в школах",
            "Подтверждённая учетная запись человека, которого не знает ни одна школа региона: портал не найдёт совпадений и покажет "
            + "сообщение «С выбранной учетной записью портала Госуслуг не связан ни один пользователь системы». " + KidsText([kid]),
            true, PersonName.Create("Залесская", "Ксения", "Андреевна"), new DateOnly(1988, 5, 12), Gender.Female,
            Snils.FromNumber(912_345_678),
            Documents(oid, IdentityDocument.Passport("4508", "654321", new DateOnly(2008, 5, 20), "ОВД района Хамовники г. Москвы")),
            [kid]);
    }

    private static EmulatorKid Kid(Pupil pupil, bool alterCertificate = false)
    {
        var id = Oid(KidIdBase + pupil.Id);
        var certificate = pupil.BirthCertificate;
        if (alterCertificate && certificate is not null)
        {
            certificate = IdentityDocument.Create(certificate.Kind, certificate.Series, OtherNumber(certificate.Number),
                certificate.IssuedOn, certificate.IssuedBy);
        }
        var documents = new[] { certificate, pupil.Passport }
            .Where(d => d is not null)
            .Select((d, i) => new EmulatorDocument(DocumentId(id, i), d!))
            .ToList();
        return new EmulatorKid(id, pupil.Name, pupil.BirthDate, pupil.Gender, pupil.Snils, documents, pupil.Id);
    }

    private static List<EmulatorDocument> Documents(string oid, IdentityDocument? document) =>
        document is null ? [] : [new EmulatorDocument(DocumentId(oid, 0), document)];

    /// <summary>Document ids follow their owner's id, so they are as stable as the oids.</summary>
    private static long DocumentId(string ownerId, int index) => long.Parse(ownerId, CultureInfo.InvariantCulture) * 10 + index + 1;

    /// <summary>The same number with its last digit changed: a typo, not another person's document.</summary>
    private static string OtherNumber(string number)
    {
        var last = number[^1];
        var other = char.IsAsciiDigit(last) ? (char)('0' + (last - '0' + 1) % 10) : '0';
        return number[..^1] + other;
    }

    private static string CertificateOf(EmulatorKid kid) =>
        kid.Documents.First(d => d.Document.Kind == DocumentKind.RfBirthCertificate).Document.SeriesAndNumber;

    private static string KidsText(IReadOnlyList<EmulatorKid> kids) =>
        kids.Count == 0 ? "Детей в учетной записи нет." : "Дети: " + string.Join(", ", kids.Select(k => k.Name.Full)) + ".";

    private static string Oid(long value) => value.ToString(CultureInfo.InvariantCulture);
}
