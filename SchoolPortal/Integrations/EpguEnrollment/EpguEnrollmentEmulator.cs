using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using SchoolPortal.Domain.People;
using SchoolPortal.Infrastructure.Jobs;
using static SchoolPortal.Integrations.EpguEnrollment.EpguEnrollmentFormat;

namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>
/// The demo's stand-in of Gosuslugi for enrollment applications: it files applications of test families as a parent would
/// (one message file into the inbox, the way the SMEV adapter delivers them) and shows, per EPGU order, the status messages
/// the portal sent back (from the outbox). It exists only where <see cref="DemoEmulators"/> allows emulators: the
/// constructor refuses otherwise, naming <c>EpguEnrollment:Emulator:Enabled</c>. Every family and document is made up.
/// </summary>
public sealed class EpguEnrollmentEmulator
{
    public const int MaxJournal = 500;
    private const string JournalName = "filed.json";

    private static readonly JsonSerializerOptions JournalJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly EpguEnrollmentFolders _folders;
    private readonly IEpguEnrollmentGateway _gateway;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _journal = new(1, 1);

    public EpguEnrollmentEmulator(EpguEnrollmentFolders folders, IEpguEnrollmentGateway gateway, DemoEmulators gate, TimeProvider clock)
    {
        gate.Require(DemoEmulators.EpguEnrollmentSetting, "true");
        _folders = folders;
        _gateway = gateway;
        _clock = clock;
    }

    /// <summary>Files one application of the family into the inbox and notes it in the emulator's journal.</summary>
    public async Task<EpguEmulatorFiling> FileAsync(EpguTestFamily family, EpguFilingPlace place, CancellationToken ct)
    {
        if (!Enum.IsDefined(family))
            throw new ArgumentOutOfRangeException(nameof(family));
        var orderId = Random.Shared.NextInt64(1_000_000_000L, 10_000_000_000L);
        var filedAt = RegionTime.ToRegion(_clock.GetUtcNow());
        var message = Build(family, place, orderId, filedAt);
        var content = family == EpguTestFamily.Malformed ? Malformed(message) : EpguEnrollmentJson.Application(message);
        var fileName = $"application-{orderId}{FolderEpguEnrollmentGateway.Extension}";
        Directory.CreateDirectory(_folders.Inbox);
        await FolderEpguEnrollmentGateway.WriteAtomicallyAsync(_folders.Inbox, fileName, content, ct);
        var c = message.ChildInfo;
        var filing = new EpguEmulatorFiling(orderId, family, $"{c.ChildSurname} {c.ChildName} {c.ChildMiddleName}".TrimEnd(), place.SchoolInn, filedAt, fileName);
        await NoteAsync(filing, ct);
        return filing;
    }

    /// <summary>Files a camp application (service 600173) of a family into the inbox, as a parent would on Gosuslugi.</summary>
    /// <returns>The order id.</returns>
    public async Task<long> FileCampAsync(EpguCampFilingPlace place, CancellationToken ct)
    {
        var orderId = Random.Shared.NextInt64(1_000_000_000L, 10_000_000_000L);
        var message = new EpguCampApplicationMessage(CampApplication, EpguEnrollmentFormat.Version, CampServiceCode, orderId,
            RegionTime.ToRegion(_clock.GetUtcNow()), place.Child, place.Applicant, place.Shifts, null);
        Directory.CreateDirectory(_folders.Inbox);
        await FolderEpguEnrollmentGateway.WriteAtomicallyAsync(_folders.Inbox, $"camp-{orderId}{FolderEpguEnrollmentGateway.Extension}",
            EpguEnrollmentJson.CampApplication(message), ct);
        return orderId;
    }

    /// <summary>What the family files: the message as EPGU would send it (for the malformed family, before it is spoiled).</summary>
    public static EpguApplicationMessage Build(EpguTestFamily family, EpguFilingPlace place, long orderId, DateTimeOffset filedAt)
    {
        var year = place.Year;
        var child = family switch
        {
            EpguTestFamily.FirstStage or EpguTestFamily.Repeated or EpguTestFamily.Malformed =>
                Child("Иванов", "Артём", "Сергеевич", new DateOnly(year - 7, 3, 14), Male, "IV-ИВ", "700001", 700_000_001),
            EpguTestFamily.SecondStage => Child("Петрова", "Софья", "Андреевна", new DateOnly(year - 7, 5, 2), Female, "II-ИВ", "700002", 700_000_002),
            EpguTestFamily.Sibling => Child("Смирнов", "Максим", "Игоревич", new DateOnly(year - 7, 1, 20), Male, "III-ИВ", "700003", 700_000_003),
            EpguTestFamily.OutsideTerritory => Child("Кузнецова", "Алиса", null, new DateOnly(year - 7, 8, 30), Female, "I-ИВ", "700004", 700_000_004),
            EpguTestFamily.TenthGrade => Child("Волков", "Никита", "Алексеевич", new DateOnly(year - 16, 4, 11), Male, "IV-ИВ", "700007", 700_000_007),
            _ => Child("Морозова", "Ева", "Павловна", new DateOnly(year - 10, 2, 9), Female, "V-ИВ", "700008", 700_000_008),
        };
        var onTerritory = family is EpguTestFamily.FirstStage or EpguTestFamily.Repeated or EpguTestFamily.Malformed or EpguTestFamily.TenthGrade
            or EpguTestFamily.Transfer;
        var address = new EpguAddress(onTerritory ? place.TerritoryAddress : place.OutsideAddress);
        var service = family switch
        {
            EpguTestFamily.TenthGrade => TenthGrade,
            EpguTestFamily.Transfer => Transfer,
            _ => FirstGrade,
        };
        var september = new DateOnly(year, 9, 1);
        var entryDate = family == EpguTestFamily.Transfer ? Later(DateOnly.FromDateTime(filedAt.DateTime).AddDays(7), september) : september;
        return new EpguApplicationMessage(Application, EpguEnrollmentFormat.Version, orderId, filedAt, service,
            family == EpguTestFamily.TenthGrade ? "технологический" : null, new EpguEduOrganization(place.SchoolInn), entryDate,
            Mother(child), child, address, address, new EpguAdaptationProgram(false), "русский", Benefits(family, place), null);
    }

    /// <summary>The applications the emulator filed, newest first, each with the status messages the portal sent back; then orders it did not file.</summary>
    public async Task<IReadOnlyList<EpguOrderStatuses>> StatusesAsync(CancellationToken ct)
    {
        var sent = (await _gateway.ReadSentAsync(ct)).GroupBy(m => m.OrderId).ToDictionary(g => g.Key, g => (IReadOnlyList<EpguStatusReport>)g.ToList());
        var filed = await FiledAsync(ct);
        var orders = filed.Select(f => new EpguOrderStatuses(f.OrderId, f, sent.GetValueOrDefault(f.OrderId, []))).ToList();
        var known = filed.Select(f => f.OrderId).ToHashSet();
        orders.AddRange(sent.Where(s => !known.Contains(s.Key)).OrderByDescending(s => s.Value[^1].ChangedAt)
            .Select(s => new EpguOrderStatuses(s.Key, null, s.Value)));
        return orders;
    }

    /// <summary>The applications the emulator filed, newest first (the last <see cref="MaxJournal"/>).</summary>
    public async Task<IReadOnlyList<EpguEmulatorFiling>> FiledAsync(CancellationToken ct)
    {
        var path = Path.Combine(_folders.Emulator, JournalName);
        if (!File.Exists(path))
            return [];
        await using var stream = File.OpenRead(path);
        var filed = await JsonSerializer.DeserializeAsync<List<EpguEmulatorFiling>>(stream, JournalJson, ct) ?? [];
        return filed.OrderByDescending(f => f.FiledAt).ToList();
    }

    private async Task NoteAsync(EpguEmulatorFiling filing, CancellationToken ct)
    {
        await _journal.WaitAsync(ct);
        try
        {
            var filed = (await FiledAsync(ct)).Prepend(filing).Take(MaxJournal).ToList();
            Directory.CreateDirectory(_folders.Emulator);
            await FolderEpguEnrollmentGateway.WriteAtomicallyAsync(_folders.Emulator, JournalName, JsonSerializer.SerializeToUtf8Bytes(filed, JournalJson), ct);
        }
        finally
        {
            _journal.Release();
        }
    }

    /// <summary>The message with the errors a broken sender makes: the birth date in the Russian way, no sex, a field the format has not.</summary>
    private static byte[] Malformed(EpguApplicationMessage message)
    {
        var json = Encoding.UTF8.GetString(EpguEnrollmentJson.Application(message));
        var birthDate = message.ChildInfo.ChildBirthDate;
        json = json.Replace($"\"childBirthDate\": \"{birthDate:yyyy-MM-dd}\"", $"\"childBirthDate\": \"{birthDate:dd.MM.yyyy}\"")
            .Replace($"\"childSex\": \"{message.ChildInfo.ChildSex}\",", "\"childPhoto\": \"photo.jpg\",");
        return Encoding.UTF8.GetBytes(json);
    }

    private static EpguChildInfo Child(string surname, string name, string? middleName, DateOnly birthDate, string sex, string series, string number,
        int snils) => new(surname, name, middleName, birthDate, sex, Snils.FromNumber(snils).Formatted,
        new EpguChildBirthDocRF(series, number, birthDate.AddDays(10), $"1702974000{number}", "Отдел ЗАГС администрации г. Челябинска"), null);

    private static EpguPersonInfo Mother(EpguChildInfo child)
    {
        var surname = child.ChildSex == Female ? child.ChildSurname : child.ChildSurname + "а";
        var number = child.ChildBirthDocRF!.ChildBirthDocNumber;
        return new EpguPersonInfo(surname, "Мария", "Петровна", $"+7 (912) 70{number[^1]}-00-0{number[^1]}",
            $"parent{number}@example.ru", EpguEnrollmentFormat.Mother,
            new EpguIdentityDocInfo(RfPassport, null, "7512", number, new DateOnly(2015, 5, 20), "ГУ МВД России по Челябинской области"));
    }

    private static EpguBenefitsInfo? Benefits(EpguTestFamily family, EpguFilingPlace place)
    {
        if (family != EpguTestFamily.Sibling)
            return null;
        var parts = (place.SiblingFullName ?? "Смирнов Егор Игоревич").Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        var sibling = new EpguBrotherSisterInfo(parts[0], parts.Length > 1 ? parts[1] : "Егор", parts.Length > 2 ? parts[2] : null);
        return new EpguBenefitsInfo(Sibling, "Справка школы об обучении брата", sibling);
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
