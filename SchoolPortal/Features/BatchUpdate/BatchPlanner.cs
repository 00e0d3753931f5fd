using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;
using F = SchoolPortal.Features.BatchUpdate.BatchFields;

namespace SchoolPortal.Features.BatchUpdate;

/// <summary>
/// Runs a sheet against the school's records: every changed field goes through the domain's own methods (the same checks
/// as the cards), every refusal becomes an error by row and column. Most rows change only fields of the pupil's and the
/// parents' own rows: those records are read without tracking and handed to <see cref="BatchWrites"/>. Rows that
/// move a pupil to another class or add a parent run in small tracked contexts, which the caller saves in the same
/// transaction. Preview and apply are the same code; apply keeps what preview drops.
/// </summary>
public sealed class BatchPlanner(RecordKeys keys, INewPersonCheck newPeople)
{
    private const string PupilKeyColumn = "Ключ ученика";
    private const int ChunkRows = 200;

    /// <summary>A group of fields the domain changes together, and how.</summary>
    private sealed record Step<T>(string[] Fields, Action<T, Func<string, string?>, Func<string, string?>, DateOnly> Apply);

    /// <param name="contexts">Where the plan reads, and what becomes of each tracked chunk.</param>
    /// <param name="writes">Receives the records changed without tracking; apply writes them once the plan is accepted.</param>
    internal async Task<BatchPlan> PlanAsync(BatchContexts contexts, BatchWrites writes, BatchSheet sheet, int schoolId, DateOnly today,
        CancellationToken ct, Func<int, int, Task>? progress = null)
    {
        // The school's records are read while the keys are checked (side by side when the contexts are independent).
        var records = SchoolRecords.LoadAsync(contexts, schoolId, ct);
        var errors = new List<RowError>(sheet.CellErrors);
        var changes = new List<FieldChange>();
        var added = new List<NewRecord>();
        var candidates = new List<NewPersonCandidate>();

        var keyIndex = sheet.IndexOf(null, F.Key);
        var groups = sheet.ParentGroups.ToList();
        var rowKeys = new Dictionary<int, RecordKey>();
        var parentKeys = new Dictionary<(int Row, int Group), RecordKey>();
        var foreign = 0;
        var firstRowOf = new Dictionary<int, int>();
        foreach (var row in sheet.Rows)
        {
            var text = row.Cells[keyIndex];
            if (text is null)
            {
                errors.Add(new RowError(row.Number, PupilKeyColumn, "Ключ ученика не указан. Новых учеников добавляйте кнопкой «Добавить» в списке учеников."));
                continue;
            }
            var key = keys.Read(text, RecordKind.Pupil);
            if (key is null)
            {
                errors.Add(new RowError(row.Number, PupilKeyColumn, $"Ключ «{Short(text)}» не из выгрузки портала или изменён: верните значение из выгрузки."));
                continue;
            }
            if (key.SchoolId != schoolId)
            {
                foreign++;
                continue;
            }
            if (!firstRowOf.TryAdd(key.Id, row.Number))
            {
                errors.Add(new RowError(row.Number, PupilKeyColumn, $"Этот ученик уже есть в строке {firstRowOf[key.Id]}: оставьте одну строку."));
                continue;
            }
            rowKeys[row.Number] = key;
            foreach (var group in groups)
            {
                var parentText = row.Cells[sheet.IndexOf(group, F.Key)];
                if (parentText is null)
                    continue;
                var parentKey = keys.Read(parentText, RecordKind.Parent);
                if (parentKey is null)
                    errors.Add(new RowError(row.Number, ParentColumn(group, F.Key), $"Ключ «{Short(parentText)}» не из выгрузки портала или изменён: верните значение из выгрузки."));
                else if (parentKey.SchoolId != schoolId)
                    foreign++;
                else
                    parentKeys[(row.Number, group)] = parentKey;
            }
        }
        if (foreign > 0)
        {
            await records;
            return new BatchPlan(sheet.Rows.Count, [], [],
                [new RowError(0, "", $"Файл выгружен в другой школе: его ключи не принадлежат вашей школе (чужих ключей: {foreign}). Загрузите файл, выгруженный в вашей школе.")],
                "");
        }

        var (classes, classById, pupils, parents) = await records;
        var classByName = classes.GroupBy(c => c.Name.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.First());
        var pupilSteps = PupilSteps(classByName);

        var parentsSeen = new Dictionary<int, (int Row, Dictionary<string, string?> Values)>();
        var done = 0;
        var keyed = sheet.Rows.Where(r => rowKeys.ContainsKey(r.Number)).ToList();
        async Task Progress()
        {
            if (progress is not null && ++done % 250 == 0)
                await progress(done, keyed.Count);
        }
        void PlanRow(BatchSheetRow row, Pupil pupil, Func<ParentLink, Parent?> parentOf)
        {
            try
            {
                PlanPupil(row, sheet, pupil, classById, pupilSteps, today, changes, errors);
                foreach (var group in groups)
                    PlanParent(row, sheet, group, pupil, parentOf, parentKeys.GetValueOrDefault((row.Number, group)), today, parentsSeen, changes, added,
                        candidates, errors);
            }
            catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
            {
                errors.Add(new RowError(row.Number, "", "Строку не удалось обработать: проверьте значения в ней."));
            }
        }

        // Rows that move a pupil to another class or add a parent add records too: they go through tracked contexts below.
        var tracked = new List<BatchSheetRow>();
        foreach (var row in keyed)
        {
            if (!pupils.TryGetValue(rowKeys[row.Number].Id, out var pupil))
            {
                await Progress();
                errors.Add(new RowError(row.Number, PupilKeyColumn, "Ученик с этим ключом не найден в вашей школе (запись удалена?). Выгрузите файл заново."));
                continue;
            }
            if (AddsRecords(row, sheet, groups, pupil, classById))
            {
                tracked.Add(row);
                continue;
            }
            await Progress();
            // Siblings share their parents' objects: a parent changed by an earlier row is captured as changed, not queued twice.
            var images = pupil.ParentLinks.Select(l => parents.GetValueOrDefault(l.ParentId)).OfType<object>().Prepend(pupil)
                .Select(writes.Updates.Capture).ToList();
            PlanRow(row, pupil, l => parents.GetValueOrDefault(l.ParentId));
            foreach (var image in images)
            {
                if (writes.Updates.Changed(image) && image.Entity is Parent parent)
                    writes.Links.Add((pupil.Id, parent.Id));
            }
        }
        writes.TrackedRows = tracked.Count;

        foreach (var chunk in tracked.OrderBy(r => rowKeys[r.Number].Id).Chunk(ChunkRows))
        {
            // Small contexts: the audit trail and change tracking grow worse than linearly with the tracked records.
            await using var db = await contexts.Open();
            var from = rowKeys[chunk[0].Number].Id;
            var to = rowKeys[chunk[^1].Number].Id;
            var trackedPupils = await db.Pupils.IgnoreQueryFilters().Where(p => p.SchoolId == schoolId && p.Id >= from && p.Id <= to)
                .Include(p => p.Memberships).Include(p => p.ParentLinks).ThenInclude(l => l.Parent)
                .AsSplitQuery().ToDictionaryAsync(p => p.Id, ct);
            foreach (var row in chunk)
            {
                await Progress();
                if (trackedPupils.TryGetValue(rowKeys[row.Number].Id, out var pupil))
                    PlanRow(row, pupil, l => l.Parent);
                else
                    errors.Add(new RowError(row.Number, PupilKeyColumn, "Ученик с этим ключом не найден в вашей школе (запись удалена?). Выгрузите файл заново."));
            }
            if (contexts.SaveChunk is not null)
                await contexts.SaveChunk(db);
        }
        changes = changes.OrderBy(c => c.Row).ToList();
        added = added.OrderBy(a => a.Row).ToList();
        if (candidates.Count > 0)
            errors.AddRange(await newPeople.CheckAsync(candidates, ct));
        errors.Sort((a, b) => a.Row.CompareTo(b.Row));
        return new BatchPlan(sheet.Rows.Count, changes, added, errors, Fingerprint(changes, added));
    }

    /// <summary>The row moves the pupil to another class or types a new parent into an empty parent group.</summary>
    private static bool AddsRecords(BatchSheetRow row, BatchSheet sheet, IReadOnlyList<int> groups, Pupil pupil, Dictionary<int, string> classById)
    {
        var classIndex = sheet.IndexOf(null, F.Class);
        var current = pupil.CurrentClassId is { } c ? classById.GetValueOrDefault(c) : null;
        // Compared exactly as PlanPupil compares: a class change must never reach a pupil read without its memberships.
        if (classIndex >= 0 && BatchValues.Canonical(F.Class, row.Cells[classIndex]) != current)
            return true;
        return groups.Any(group => row.Cells[sheet.IndexOf(group, F.Key)] is null && TypesNewParent(row, sheet, group));
    }

    /// <summary>The row's parent group has values but no key: a parent to add (PlanParent adds it; such rows run tracked).</summary>
    private static bool TypesNewParent(BatchSheetRow row, BatchSheet sheet, int group) =>
        F.Parent.Any(f => !f.IsKey && sheet.IndexOf(group, f.Id) >= 0 && row.Cells[sheet.IndexOf(group, f.Id)] is not null);

    private static void PlanPupil(BatchSheetRow row, BatchSheet sheet, Pupil pupil, Dictionary<int, string> classById,
        IReadOnlyList<Step<Pupil>> steps, DateOnly today, List<FieldChange> changes, List<RowError> errors)
    {
        var old = BatchValues.Of(pupil, pupil.CurrentClassId is { } c ? classById.GetValueOrDefault(c) : null);
        var next = Merge(old, row, sheet, null);
        foreach (var step in steps)
        {
            var changed = step.Fields.Where(f => next[f] != old[f]).ToList();
            if (changed.Count == 0)
                continue;
            var column = changed[0];
            try
            {
                step.Apply(pupil, f => next[f], f => old[f], today);
            }
            catch (DomainException e)
            {
                errors.Add(new RowError(row.Number, PupilColumn(FieldOf(step.Fields, e.Field) ?? column), e.Message));
                continue;
            }
            foreach (var field in changed)
                changes.Add(new FieldChange(row.Number, pupil.Name.Full, row.Cells[sheet.IndexOf(null, F.Key)] ?? "", PupilColumn(field), old[field], next[field]));
        }
    }

    private static void PlanParent(BatchSheetRow row, BatchSheet sheet, int group, Pupil pupil, Func<ParentLink, Parent?> parentOf, RecordKey? key,
        DateOnly today, Dictionary<int, (int Row, Dictionary<string, string?> Values)> seen, List<FieldChange> changes, List<NewRecord> added,
        List<NewPersonCandidate> candidates, List<RowError> errors)
    {
        var keyColumn = ParentColumn(group, F.Key);
        if (key is null)
        {
            if (row.Cells[sheet.IndexOf(group, F.Key)] is not null)
                return; // a bad key is already an error
            if (TypesNewParent(row, sheet, group))
                AddParent(row, sheet, group, pupil, today, added, candidates, errors);
            return;
        }
        var link = pupil.ParentLinks.FirstOrDefault(l => l.ParentId == key.Id);
        if (link is null || parentOf(link) is not { } parent)
        {
            errors.Add(new RowError(row.Number, keyColumn, "Этот родитель не связан с учеником строки: ключ перенесён из другой строки? Верните значение из выгрузки."));
            return;
        }
        if (parent.IsMerged)
        {
            errors.Add(new RowError(row.Number, keyColumn, "Запись родителя объединена с другой после выгрузки. Выгрузите файл заново."));
            return;
        }
        if (seen.TryGetValue(parent.Id, out var first))
        {
            // A parent of several pupils in the file: every row must say the same, the first one is applied.
            var next = Merge(first.Values, row, sheet, group);
            foreach (var field in F.Parent.Where(f => !f.IsKey && sheet.IndexOf(group, f.Id) >= 0 && f.Id != F.Relation))
            {
                if (next[field.Id] != first.Values[field.Id])
                    errors.Add(new RowError(row.Number, ParentColumn(group, field.Id),
                        $"Этот же родитель указан в строке {first.Row} с другим значением («{first.Values[field.Id]}»): исправьте одну из строк."));
            }
            return;
        }
        var old = BatchValues.Of(parent, link.Relation);
        var values = Merge(old, row, sheet, group);
        if (values[F.Relation] != old[F.Relation])
        {
            errors.Add(new RowError(row.Number, ParentColumn(group, F.Relation),
                $"«Кем приходится» у существующего родителя в файле не меняется (было «{old[F.Relation]}»). Измените связь в карточке ученика."));
            values[F.Relation] = old[F.Relation];
        }
        seen[parent.Id] = (row.Number, values);
        foreach (var step in ParentSteps)
        {
            var changed = step.Fields.Where(f => values[f] != old[f]).ToList();
            if (changed.Count == 0)
                continue;
            try
            {
                step.Apply(parent, f => values[f], f => old[f], today);
            }
            catch (DomainException e)
            {
                errors.Add(new RowError(row.Number, ParentColumn(group, FieldOf(step.Fields, e.Field) ?? changed[0]), e.Message));
                continue;
            }
            foreach (var field in changed)
                changes.Add(new FieldChange(row.Number, $"{parent.Name.Full} (родитель ученика {pupil.Name.Full})", row.Cells[sheet.IndexOf(group, F.Key)] ?? "", ParentColumn(group, field), old[field], values[field]));
        }
    }

    private static void AddParent(BatchSheetRow row, BatchSheet sheet, int group, Pupil pupil, DateOnly today, List<NewRecord> added,
        List<NewPersonCandidate> candidates, List<RowError> errors)
    {
        var empty = F.Parent.Where(f => !f.IsKey).ToDictionary(f => f.Id, _ => (string?)null);
        var values = Merge(empty, row, sheet, group);
        var relation = BatchValues.TryRelation(values[F.Relation]);
        if (relation is null)
        {
            errors.Add(new RowError(row.Number, ParentColumn(group, F.Relation),
                "Для нового родителя укажите «Кем приходится»: Мать, Отец или Законный представитель."));
            return;
        }
        var count = errors.Count;
        var name = Try(() => PersonName.Create(values[F.Surname], values[F.FirstName], values[F.Patronymic], values[F.Patronymic] is null),
            row, group, F.Surname, errors);
        if (name is null)
            return;
        var parent = new Parent(name, relation switch { ParentRelation.Mother => Gender.Female, ParentRelation.Father => Gender.Male, _ => null });
        foreach (var step in ParentSteps.Skip(1))
        {
            if (step.Fields.All(f => values[f] is null))
                continue;
            Try(() =>
            {
                step.Apply(parent, f => values[f], f => empty[f], today);
                return "";
            }, row, group, step.Fields.First(f => values[f] is not null), errors);
        }
        if (errors.Count > count)
            return;
        if (Try(() => pupil.AttachParent(parent, relation.Value), row, group, F.Relation, errors) is null)
            return;
        var column = ParentColumn(group, F.Surname);
        added.Add(new NewRecord(row.Number, column,
            $"Новый родитель: {name.Full} ({BatchValues.RelationText(relation.Value)}) ученика {pupil.Name.Full}"));
        candidates.Add(new NewPersonCandidate(row.Number, column, RecordKind.Parent, name, parent.BirthDate, parent.Snils, parent.Document));
    }

    private static T? Try<T>(Func<T> action, BatchSheetRow row, int group, string field, List<RowError> errors) where T : class
    {
        try
        {
            return action();
        }
        catch (DomainException e)
        {
            errors.Add(new RowError(row.Number, ParentColumn(group, field), e.Message));
            return null;
        }
    }

    /// <summary>The record's values with the file's cells laid over them (a column absent from the file keeps the old value).</summary>
    private static Dictionary<string, string?> Merge(Dictionary<string, string?> old, BatchSheetRow row, BatchSheet sheet, int? group)
    {
        var next = new Dictionary<string, string?>(old);
        foreach (var field in old.Keys.ToList())
        {
            var index = sheet.IndexOf(group, field);
            if (index >= 0)
                next[field] = BatchValues.Canonical(field, row.Cells[index]);
        }
        return next;
    }

    private static IReadOnlyList<Step<Pupil>> PupilSteps(Dictionary<string, SchoolClass> classes) =>
    [
        new([F.Surname, F.FirstName, F.Patronymic], (p, v, _, _) =>
            p.Rename(PersonName.Create(v(F.Surname), v(F.FirstName), v(F.Patronymic), v(F.Patronymic) is null))),
        new([F.BirthDate, F.Gender], (p, v, _, today) => p.ChangeBirth(RequiredDate(v(F.BirthDate)), RequiredGender(v(F.Gender)), today)),
        new([F.Class], (p, v, _, today) =>
        {
            var name = v(F.Class) ?? throw new DomainException("Класс: поле обязательно. Выбытие оформляется в карточке ученика.", F.Class);
            if (!classes.TryGetValue(name, out var schoolClass))
                throw new DomainException($"Класса «{name}» нет в текущем учебном году вашей школы.", F.Class);
            p.EnrollIn(schoolClass, today);
        }),
        new([F.BirthCertificateSeries, F.BirthCertificateNumber, F.PassportSeries, F.PassportNumber], (p, v, _, _) =>
            p.ChangeDocuments(
                v(F.BirthCertificateSeries) is null && v(F.BirthCertificateNumber) is null ? null
                    : IdentityDocument.Create(p.BirthCertificate?.Kind ?? DocumentKind.RfBirthCertificate, v(F.BirthCertificateSeries), v(F.BirthCertificateNumber),
                        p.BirthCertificate?.IssuedOn, p.BirthCertificate?.IssuedBy),
                v(F.PassportSeries) is null && v(F.PassportNumber) is null ? null
                    : IdentityDocument.Create(p.Passport?.Kind ?? DocumentKind.RfPassport, v(F.PassportSeries), v(F.PassportNumber),
                        p.Passport?.IssuedOn, p.Passport?.IssuedBy))),
        new([F.Snils], (p, v, _, _) => p.ChangeSnils(v(F.Snils) is { } s ? Snils.Parse(s) : null)),
        new([F.Citizenship], (p, v, _, _) => p.ChangeCitizenship(v(F.Citizenship))),
        new([F.Birthplace], (p, v, _, _) => p.ChangeBirthplace(v(F.Birthplace))),
        new([F.RegistrationAddress, F.StayAddress], (p, v, _, _) => p.ChangeAddresses(
            v(F.RegistrationAddress) is { } r ? Address.Parse(r, "Адрес регистрации") : null,
            v(F.StayAddress) is { } s ? Address.Parse(s, "Адрес пребывания") : null)),
        new([F.MobilePhone, F.Email], (p, v, _, _) => p.ChangeContacts(p.HomePhone,
            v(F.MobilePhone) is { } m ? PhoneNumber.Parse(m) : null, v(F.Email) is { } e ? Email.Parse(e) : null)),
        new([F.Comment], (p, v, _, _) => p.ChangeComment(v(F.Comment))),
    ];

    private static readonly IReadOnlyList<Step<Parent>> ParentSteps =
    [
        new([F.Surname, F.FirstName, F.Patronymic], (p, v, _, _) =>
            p.Rename(PersonName.Create(v(F.Surname), v(F.FirstName), v(F.Patronymic), v(F.Patronymic) is null))),
        new([F.BirthDate], (p, v, _, today) => p.ChangeBirthDate(v(F.BirthDate) is { } d ? ParseDate(d) : null, today)),
        new([F.Snils], (p, v, _, _) => p.ChangeSnils(v(F.Snils) is { } s ? Snils.Parse(s) : null)),
        new([F.PassportSeries, F.PassportNumber], (p, v, _, _) => p.ChangeDocument(
            v(F.PassportSeries) is null && v(F.PassportNumber) is null ? null
                : IdentityDocument.Create(p.Document?.Kind ?? DocumentKind.RfPassport, v(F.PassportSeries), v(F.PassportNumber),
                    p.Document?.IssuedOn, p.Document?.IssuedBy))),
        new([F.Phone, F.Email], (p, v, _, _) => p.ChangeContacts(v(F.Phone) is { } m ? PhoneNumber.Parse(m) : null, v(F.Email) is { } e ? Email.Parse(e) : null)),
    ];

    private static DateOnly RequiredDate(string? text) =>
        text is null ? throw new DomainException("Дата рождения: поле обязательно.", F.BirthDate) : ParseDate(text);

    private static DateOnly ParseDate(string text) =>
        BatchValues.TryDate(text) ?? throw new DomainException($"Дата рождения «{Short(text)}» не распознана: укажите дату в виде ДД.ММ.ГГГГ, например 14.03.2015.", F.BirthDate);

    private static Gender RequiredGender(string? text) =>
        BatchValues.TryGender(text) ?? throw new DomainException(text is null ? "Пол: поле обязательно (М или Ж)." : $"Пол «{Short(text)}» не распознан: укажите М или Ж.", F.Gender);

    /// <summary>The field a domain message names, mapped onto the step's columns («series» of the documents is the first series column).</summary>
    private static string? FieldOf(string[] fields, string? domainField) => domainField switch
    {
        null => null,
        "series" => fields.FirstOrDefault(f => f.EndsWith("Series", StringComparison.Ordinal)),
        "number" => fields.FirstOrDefault(f => f.EndsWith("Number", StringComparison.Ordinal)),
        "birthCertificate" => F.BirthCertificateSeries,
        "passport" or "document" => F.PassportSeries,
        "phone" => fields.FirstOrDefault(f => f is F.MobilePhone or F.Phone),
        "address" => fields[0],
        _ => fields.FirstOrDefault(f => f == domainField),
    };

    private static string PupilColumn(string field) => F.PupilField(field).Header;

    private static string ParentColumn(int group, string field) => F.ParentHeader(group, F.ParentField(field));

    private static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;

    private static string Fingerprint(List<FieldChange> changes, List<NewRecord> added)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var c in changes)
            hash.AppendData(Encoding.UTF8.GetBytes($"{c.Row}\u001f{c.Column}\u001f{c.Old}\u001f{c.New}\u001e"));
        foreach (var n in added)
            hash.AppendData(Encoding.UTF8.GetBytes($"{n.Row}\u001f{n.Description}\u001e"));
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
