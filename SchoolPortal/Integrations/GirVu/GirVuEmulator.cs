using System.Text.Json;
using SchoolPortal.Domain.MilitaryRegistration;
using SchoolPortal.Domain.People;
using static SchoolPortal.Integrations.GirVu.GirVuEmulatorCodes;

namespace SchoolPortal.Integrations.GirVu;

/// <summary>
/// A local stand-in of ГИР ВУ for the demo, development and tests: the real resource cannot be reached from here. It takes
/// packages from the outbox (as the transport would), judges each record by the resource's own checks and writes a response
/// into the inbox. Besides SNILS, passport, cohort and address checks it keeps a register of the passports it accepted, and
/// rejects a passport already registered to another person (another name or birth date) in an earlier package.
/// Taken packages are moved to «received» in its folder; a file that is not a package goes to «broken».
/// </summary>
public sealed class GirVuEmulator(GirVuFolders folders, TimeProvider clock)
{
    private string RegisterPath => Path.Combine(folders.Emulator, "passports.json");

    /// <summary>Answers every package waiting in the outbox; returns how many were answered.</summary>
    public async Task<int> AnswerPendingAsync(CancellationToken ct)
    {
        if (!Directory.Exists(folders.Outbox))
            return 0;
        var register = await LoadRegisterAsync(ct);
        var answered = 0;
        foreach (var path in Directory.EnumerateFiles(folders.Outbox, "*" + FolderGirVuGateway.Extension).Order(StringComparer.Ordinal))
        {
            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(path, ct);
            }
            catch (IOException)
            {
                continue;
            }
            GirVuPackage package;
            try
            {
                package = GirVuJson.ReadPackage(bytes);
            }
            catch (GirVuFormatException)
            {
                Move(path, "broken");
                continue;
            }
            var response = Judge(package, register);
            Directory.CreateDirectory(folders.Inbox);
            await FolderGirVuGateway.WriteAtomicallyAsync(folders.Inbox, ResponseName(package), GirVuJson.Response(response), ct);
            await SaveRegisterAsync(register, ct);
            Move(path, "received");
            answered++;
        }
        return answered;
    }

    public static string ResponseName(GirVuPackage package) => $"{package.School.Inn}-{package.PackageId:N}-response{FolderGirVuGateway.Extension}";

    private GirVuResponse Judge(GirVuPackage package, Dictionary<string, string> register)
    {
        var cohort = new GirVuCohort(package.Year);
        var results = package.Pupils.Select(pupil =>
        {
            var errors = Check(pupil, cohort, register);
            if (errors.Count > 0)
                return new GirVuResult(pupil.RecordId, GirVuFormat.Rejected, errors);
            register[PassportKey(pupil.Passport!)] = PersonKey(pupil);
            return new GirVuResult(pupil.RecordId, GirVuFormat.Accepted);
        }).ToList();
        return new GirVuResponse(GirVuFormat.Response, GirVuFormat.Version, package.PackageId, clock.GetUtcNow(), GirVuFormat.Processed, null, results);
    }

    private static List<GirVuError> Check(GirVuPupilRecord pupil, GirVuCohort cohort, Dictionary<string, string> register)
    {
        var errors = new List<GirVuError>();
        if (string.IsNullOrWhiteSpace(pupil.Snils))
            errors.Add(new(SnilsMissing, GirVuFields.Snils, "Не указан СНИЛС гражданина."));
        else if (!Snils.TryParse(pupil.Snils, out _))
            errors.Add(new(SnilsChecksum, GirVuFields.Snils, "СНИЛС не прошёл проверку контрольного числа."));
        if (pupil.Passport is not { Series.Length: > 0, Number.Length: > 0 } passport)
            errors.Add(new(PassportRequired, GirVuFields.Passport, "Для первоначальной постановки на воинский учёт нужен паспорт гражданина РФ."));
        else if (register.TryGetValue(PassportKey(passport), out var holder) && holder != PersonKey(pupil))
            errors.Add(new(PassportTaken, GirVuFields.Passport,
                $"Паспорт {passport.Series} {passport.Number} уже зарегистрирован в ГИР ВУ за другим гражданином."));
        if (!cohort.Includes(pupil.BirthDate))
            errors.Add(new(NotOfCohort, "birthDate",
                $"Гражданин {pupil.BirthDate:dd.MM.yyyy} г. р. не подлежит первоначальной постановке на учёт в {cohort.Year} году."));
        if (string.IsNullOrWhiteSpace(pupil.RegistrationAddress))
            errors.Add(new(RegistrationAddressRequired, GirVuFields.RegistrationAddress, "Не указан адрес места жительства."));
        return errors;
    }

    private static string PassportKey(GirVuDocumentRecord passport) => $"{passport.Series?.Replace(" ", "")} {passport.Number?.Trim()}";

    private static string PersonKey(GirVuPupilRecord pupil) =>
        $"{pupil.Surname}|{pupil.FirstName}|{pupil.Patronymic}|{pupil.BirthDate:yyyy-MM-dd}".ToUpperInvariant();

    private async Task<Dictionary<string, string>> LoadRegisterAsync(CancellationToken ct)
    {
        if (!File.Exists(RegisterPath))
            return [];
        await using var stream = File.OpenRead(RegisterPath);
        return await JsonSerializer.DeserializeAsync<Dictionary<string, string>>(stream, cancellationToken: ct) ?? [];
    }

    private async Task SaveRegisterAsync(Dictionary<string, string> register, CancellationToken ct)
    {
        Directory.CreateDirectory(folders.Emulator);
        await FolderGirVuGateway.WriteAtomicallyAsync(folders.Emulator, Path.GetFileName(RegisterPath), JsonSerializer.SerializeToUtf8Bytes(register), ct);
    }

    private void Move(string path, string subfolder)
    {
        var folder = Path.Combine(folders.Emulator, subfolder);
        Directory.CreateDirectory(folder);
        File.Move(path, Path.Combine(folder, Path.GetFileName(path)), overwrite: true);
    }
}
