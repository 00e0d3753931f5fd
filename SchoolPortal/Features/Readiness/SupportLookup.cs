using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Readiness;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Readiness;

/// <summary>
/// The support look-up of the briefing: a request names a child by birth-certificate series and number, or a parent by
/// SNILS; the readiness diagnosis is shown at once (for a parent, of each child). Searched through the user's scope, so a
/// school administrator never finds another school's child.
/// </summary>
public sealed class SupportLookup(PortalDb portalDb)
{
    public async Task<SupportLookupResult> FindAsync(string? birthCertificate, string? snils, CancellationToken ct = default)
    {
        var user = ReadinessAccess.Ensure(await portalDb.UserAsync());
        var byCertificate = !string.IsNullOrWhiteSpace(birthCertificate);
        var bySnils = !string.IsNullOrWhiteSpace(snils);
        if (byCertificate == bySnils)
            return SupportLookupResult.Invalid(byCertificate
                ? "Заполните одно поле: серию и номер свидетельства о рождении ребёнка или СНИЛС родителя."
                : "Укажите серию и номер свидетельства о рождении ребёнка или СНИЛС родителя.", null);
        var where = ReadinessAccess.SpansSchools(user) ? "в доступных вам школах" : "в вашей школе";
        try
        {
            return byCertificate
                ? await ByCertificateAsync(BirthCertificateKey.Parse(birthCertificate), where, ct)
                : await BySnilsAsync(SnilsKey.Parse(snils), where, ct);
        }
        catch (DomainException e)
        {
            return SupportLookupResult.Invalid(e.Message, byCertificate ? SupportLookupResult.BirthCertificateField : SupportLookupResult.SnilsField);
        }
    }

    private async Task<SupportLookupResult> ByCertificateAsync(BirthCertificateKey key, string where, CancellationToken ct)
    {
        await using var db = await portalDb.OpenAsync();
        // The number is indexed; the series is compared here, however it was typed when stored.
        var candidates = await db.Pupils.AsNoTracking()
            .Where(p => p.BirthCertificate != null && p.BirthCertificate.Number == key.Number)
            .Select(p => new { p.Id, p.BirthCertificate })
            .ToListAsync(ct);
        var ids = candidates.Where(c => key.Matches(c.BirthCertificate)).Select(c => c.Id).ToList();
        if (ids.Count == 0)
            return SupportLookupResult.NotFound($"Ребёнок со свидетельством о рождении {key} не найден {where}.",
                "Проверьте серию и номер по копии свидетельства: серия — римское число и две русские буквы, номер — шесть цифр.",
                "Если ребёнок учится в другой школе, обратитесь в неё или к оператору муниципалитета.");
        var children = await ReadinessService.DiagnoseAsync(db, db.Pupils.Where(p => ids.Contains(p.Id)), ct);
        var notes = children.Count > 1
            ? new[] { $"Со свидетельством {key} найдено {RussianCount.Of(children.Count, "запись", "записи", "записей")} учеников: проверьте, не внесён ли ребёнок дважды." }
            : [];
        return new SupportLookupResult(SupportLookupOutcome.Found, $"Свидетельство о рождении {key}", null, notes, children);
    }

    private async Task<SupportLookupResult> BySnilsAsync(SnilsKey key, string where, CancellationToken ct)
    {
        await using var db = await portalDb.OpenAsync();
        var snils = key.ToSnils();
        var parents = await db.Parents.AsNoTracking().Where(p => p.Snils == snils)
            .Select(p => new { p.Id, p.Name })
            .ToListAsync(ct);
        if (parents.Count == 0)
        {
            // Support sometimes gives the child's SNILS instead: say so rather than «not found».
            var pupils = db.Pupils.Where(p => p.Snils == snils);
            var asPupil = await ReadinessService.DiagnoseAsync(db, pupils, ct);
            if (asPupil.Count > 0)
                return new SupportLookupResult(SupportLookupOutcome.Found, $"СНИЛС {key}", null,
                    ["Этот СНИЛС указан не у родителя, а у ученика: показана готовность ученика."], asPupil);
            var notes = new List<string> { "Проверьте номер по карточке СНИЛС родителя." };
            if (key.ChecksumWarning is { } warning)
                notes.Insert(0, warning);
            notes.Add("Если в карточке родителя СНИЛС не заполнен, найдите ребёнка по свидетельству о рождении.");
            return SupportLookupResult.NotFound($"Родитель со СНИЛС {key} не найден {where}.", [.. notes]);
        }
        var ids = parents.Select(p => p.Id).ToList();
        var children = await ReadinessService.DiagnoseAsync(db,
            db.Pupils.Where(p => db.ParentLinks.Any(l => l.PupilId == p.Id && ids.Contains(l.ParentId))), ct);
        var names = string.Join(", ", parents.Select(p => p.Name.Full).Distinct());
        var found = new List<string>();
        if (parents.Count > 1)
            found.Add($"Со СНИЛС {key} найдено {RussianCount.Of(parents.Count, "запись", "записи", "записей")} родителя: это дубликаты одного человека, они мешают сопоставлению с Госуслугами. "
                + "Оставьте одну запись и привяжите к ней всех детей.");
        if (children.Count == 0)
            found.Add("К этому родителю не привязан ни один ученик.");
        return new SupportLookupResult(SupportLookupOutcome.Found, $"Родитель {names}, СНИЛС {key}", null, found, children);
    }
}
