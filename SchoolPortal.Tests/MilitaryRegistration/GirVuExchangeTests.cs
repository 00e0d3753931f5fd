using System.Text;
using OfficeOpenXml;
using SchoolPortal.Domain.MilitaryRegistration;
using SchoolPortal.Domain.People;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.MilitaryRegistration;
using SchoolPortal.Integrations.GirVu;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Tests.MilitaryRegistration;

public sealed class GirVuExchangeTests : IDisposable
{
    private readonly GirVuWorld _w = new();

    public void Dispose() => _w.Dispose();

    [Fact]
    public async Task The_region_run_selects_enrolled_pupils_born_in_2009_and_holds_back_the_invalid_one()
    {
        var result = await _w.RunAsync();

        Assert.Equal((2, 4, 3, 1, 0, 0), (result.Schools, result.Selected, result.Sent, result.Invalid, result.Unchanged, result.FailedPackages));
        var exchanges = await _w.ExchangesAsync(result.RunId);
        Assert.Equal([(_w.Region.School1.Id, 2, 1), (_w.Region.School2.Id, 1, 0)], exchanges.Select(e => (e.SchoolId, e.SentCount, e.InvalidCount)));
        Assert.All(exchanges, e => Assert.Equal((GirVuExchangeState.Sent, "1.0"), (e.State, e.FormatVersion)));
        var belova = Assert.Single(await _w.SubmissionsAsync(_w.Belova));
        Assert.Equal(GirVuSubmissionStatus.Invalid, belova.Status);
        Assert.Equal(GirVuErrorCodes.SnilsMissing, Assert.Single(GirVuJson.ReadErrors(belova.ErrorsJson)).Code);
    }

    [Fact]
    public async Task Each_package_parses_back_against_the_format_with_the_school_details_and_every_sent_field()
    {
        var result = await _w.RunAsync();

        var packages = _w.Packages();
        Assert.Equal(2, packages.Length);
        var first = packages.Single(p => p.School.Inn == "7451000013");
        Assert.Equal((GirVuFormat.Package, "1.0", result.RunId, 2026), (first.Format, first.Version, first.RunId, first.Year));
        Assert.Equal(("МАОУ «СОШ № 1»", "Первый район", "454000, г. Челябинск, ул. Ленина, д. 1"), (first.School.ShortName, first.School.Municipality, first.School.Address));
        Assert.Equal(13, first.School.Ogrn.Length);
        Assert.Equal([_w.Sokolov, _w.Kuznetsova], first.Pupils.Select(p => p.RecordId).Order());
        var kuznetsova = first.Pupils.Single(p => p.RecordId == _w.Kuznetsova);
        Assert.Equal(("Кузнецова", "Мария", null, new DateOnly(2009, 12, 31), "female", Snils.FromNumber(100002).Value),
            (kuznetsova.Surname, kuznetsova.FirstName, kuznetsova.Patronymic, kuznetsova.BirthDate, kuznetsova.Gender, kuznetsova.Snils));
        Assert.Equal(new GirVuDocumentRecord("7523", "100002", null, null), kuznetsova.Passport);
        Assert.Equal(("IV-ИВ", "100002"), (kuznetsova.BirthCertificate!.Series, kuznetsova.BirthCertificate.Number));
        Assert.Equal((Citizenship.Russia, "г. Челябинск", "454000, г. Челябинск, ул. Ленина, д. 5, кв. 1", null, "full-time", "5А"),
            (kuznetsova.Citizenship, kuznetsova.Birthplace, kuznetsova.RegistrationAddress, kuznetsova.StayAddress, kuznetsova.FormOfEducation, kuznetsova.ClassName));
        // The fingerprint stored is the one of exactly what was sent.
        Assert.Equal(GirVuJson.Fingerprint(kuznetsova), Assert.Single(await _w.SubmissionsAsync(_w.Kuznetsova)).Fingerprint);
        var json = Encoding.UTF8.GetString(File.ReadAllBytes(Directory.GetFiles(_w.Folders.Outbox, $"7451000013-{first.PackageId:N}.json").Single()));
        Assert.Contains("\"birthDate\": \"2009-12-31\"", json);
        Assert.Contains("\"format\": \"girvu-package\"", json);
    }

    [Fact]
    public async Task Responses_from_the_inbox_update_the_submissions_and_the_package_and_are_archived()
    {
        await _w.RunAsync();
        var package = _w.Packages().Single(p => p.School.Inn == "7451000013");
        var rejection = new GirVuError("ГИРВУ-202", "passport", "Паспорт уже зарегистрирован за другим гражданином.");
        var name = _w.Respond(package, new GirVuResult(_w.Sokolov, GirVuFormat.Accepted), new GirVuResult(_w.Kuznetsova, GirVuFormat.Rejected, [rejection]));

        var read = await _w.Answers().ReadInboxAsync();

        Assert.Equal((1, 0), (read.Applied, read.Unreadable));
        Assert.Equal(GirVuSubmissionStatus.Accepted, Assert.Single(await _w.SubmissionsAsync(_w.Sokolov)).Status);
        var kuznetsova = Assert.Single(await _w.SubmissionsAsync(_w.Kuznetsova));
        Assert.Equal(GirVuSubmissionStatus.Rejected, kuznetsova.Status);
        Assert.Equal([rejection], GirVuJson.ReadErrors(kuznetsova.ErrorsJson));
        var exchange = (await _w.ExchangesAsync(package.RunId)).Single(e => e.PackageId == package.PackageId);
        Assert.Equal((GirVuExchangeState.Answered, 1, 1), (exchange.State, exchange.AcceptedCount, exchange.RejectedCount));
        Assert.False(File.Exists(Path.Combine(_w.Folders.Inbox, name)));
        Assert.Single(Directory.GetFiles(_w.Folders.Archive, name, SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Unreadable_files_and_answers_to_unknown_packages_are_reported_and_put_aside_without_stopping_the_others()
    {
        await _w.RunAsync();
        var package = _w.Packages().Single(p => p.School.Inn == "7451000020");
        Directory.CreateDirectory(_w.Folders.Inbox);
        File.WriteAllText(Path.Combine(_w.Folders.Inbox, "a-broken.json"), "{ это не JSON");
        _w.Respond(package with { PackageId = Guid.NewGuid() }, new GirVuResult(_w.Vtorov, GirVuFormat.Accepted));
        _w.Respond(package, new GirVuResult(_w.Vtorov, GirVuFormat.Accepted));

        var read = await _w.Answers().ReadInboxAsync();

        Assert.Equal((1, 2), (read.Applied, read.Unreadable));
        Assert.Contains(read.Problems, p => p.StartsWith("a-broken.json: ") && p.Contains("JSON"));
        Assert.Contains(read.Problems, p => p.Contains("которого портал не отправлял"));
        Assert.Equal(2, Directory.GetFiles(_w.Folders.Unreadable).Length);
        Assert.Empty(Directory.GetFiles(_w.Folders.Inbox));
        Assert.Equal(GirVuSubmissionStatus.Accepted, Assert.Single(await _w.SubmissionsAsync(_w.Vtorov)).Status);
    }

    [Fact]
    public async Task A_second_run_skips_accepted_unchanged_pupils_and_sends_rejected_and_changed_ones_again()
    {
        await _w.RunAsync();
        var package = _w.Packages().Single(p => p.School.Inn == "7451000013");
        _w.Respond(package, new GirVuResult(_w.Sokolov, GirVuFormat.Accepted),
            new GirVuResult(_w.Kuznetsova, GirVuFormat.Rejected, [new GirVuError("ГИРВУ-202", "passport", "Паспорт занят.")]));
        _w.Respond(_w.Packages().Single(p => p.School.Inn == "7451000020"), new GirVuResult(_w.Vtorov, GirVuFormat.Accepted));
        await _w.Answers().ReadInboxAsync();
        _w.TakeOutbox();
        _w.ChangePupil(_w.Vtorov, p => p.ChangeBirthplace("г. Копейск"));

        var second = await _w.RunAsync();

        Assert.Equal((4, 2, 1, 1), (second.Selected, second.Sent, second.Invalid, second.Unchanged));
        Assert.Equal([_w.Kuznetsova, _w.Vtorov], _w.Packages().SelectMany(p => p.Pupils).Select(p => p.RecordId).Order());
        Assert.Single(await _w.SubmissionsAsync(_w.Sokolov));
        var school1 = (await _w.ExchangesAsync(second.RunId)).Single(e => e.SchoolId == _w.Region.School1.Id);
        Assert.Equal((1, 1, 1), (school1.SentCount, school1.InvalidCount, school1.UnchangedCount));
    }

    [Fact]
    public async Task A_run_with_nothing_to_send_is_answered_at_once_and_writes_no_package()
    {
        await _w.RunAsync(GirVuScope.School(_w.Region.School2.Id));
        _w.Respond(_w.Packages().Single(), new GirVuResult(_w.Vtorov, GirVuFormat.Accepted));
        await _w.Answers().ReadInboxAsync();
        _w.TakeOutbox();

        var again = await _w.RunAsync(GirVuScope.School(_w.Region.School2.Id));

        Assert.Equal((1, 0, 1), (again.Selected, again.Sent, again.Unchanged));
        Assert.Empty(_w.Packages());
        Assert.Equal(GirVuExchangeState.Answered, Assert.Single(await _w.ExchangesAsync(again.RunId)).State);
    }

    [Fact]
    public async Task A_package_the_gateway_refuses_is_marked_failed_and_its_pupils_go_again_next_run()
    {
        var result = await _w.RunAsync(GirVuScope.School(_w.Region.School2.Id), new RefusingGateway());

        Assert.Equal(1, result.FailedPackages);
        var exchange = Assert.Single(await _w.ExchangesAsync(result.RunId));
        Assert.Equal(GirVuExchangeState.Failed, exchange.State);
        Assert.Contains("диск заполнен", exchange.Error);
        Assert.Equal(1, (await _w.RunAsync(GirVuScope.School(_w.Region.School2.Id))).Sent);
    }

    [Fact]
    public async Task A_pupil_fixed_since_the_run_shows_as_fixed_and_one_not_fixed_does_not()
    {
        var run = await _w.RunAsync();
        var package = _w.Packages().Single(p => p.School.Inn == "7451000013");
        _w.Respond(package, new GirVuResult(_w.Sokolov, GirVuFormat.Accepted),
            new GirVuResult(_w.Kuznetsova, GirVuFormat.Rejected, [new GirVuError("ГИРВУ-202", "passport", "Паспорт занят.")]));
        await _w.Answers().ReadInboxAsync();
        _w.ChangePupil(_w.Belova, p => p.ChangeSnils(Snils.FromNumber(100003)));
        var reports = _w.Reports(_w.Region.Admin1);

        var pupils = await reports.PupilsAsync(run.RunId, onlyErrors: true, page: 0, pageSize: 50);
        var schools = await reports.SchoolsAsync(run.RunId, onlyErrors: false, page: 0, pageSize: 50);

        Assert.Equal(2, pupils.Total);
        var belova = pupils.Rows.Single(r => r.PupilId == _w.Belova);
        Assert.Equal((GirVuSubmissionStatus.Invalid, GirVuFix.Fixed, "Исправлено"), (belova.Status, belova.Fix, belova.FixText));
        Assert.Equal(GirVuFix.NotFixed, pupils.Rows.Single(r => r.PupilId == _w.Kuznetsova).Fix);
        var school = Assert.Single(schools.Rows);
        Assert.Equal((3, 1, 1, 1, 1), (school.Selected, school.Invalid, school.Accepted, school.Rejected, school.Fixed));
    }

    [Fact]
    public async Task Each_user_sees_the_packages_of_their_own_schools_and_starts_runs_only_for_them()
    {
        var region = await _w.RunAsync();
        var district = await _w.RunAsync(GirVuScope.For(_w.Region.District1Operator));

        Assert.Equal([_w.Region.School1.Id], (await _w.ExchangesAsync(district.RunId)).Select(e => e.SchoolId));
        var admin2 = _w.Reports(_w.Region.Admin2);
        Assert.Equal([region.RunId], (await admin2.RunsAsync()).Select(r => r.RunId));
        Assert.Equal(["МБОУ «СОШ № 2»"], (await admin2.SchoolsAsync(region.RunId, false, 0, 50)).Rows.Select(r => r.School));
        Assert.Equal([_w.Vtorov], (await admin2.PupilsAsync(region.RunId, false, 0, 50)).Rows.Select(r => r.PupilId));
        Assert.Equal(GirVuScope.School(_w.Region.School2.Id), await admin2.ScopeAsync());
        var runs = await _w.Reports(_w.Region.RegionOperator).RunsAsync();
        Assert.Equal([(district.RunId, 1), (region.RunId, 2)], runs.OrderBy(r => r.RunId == region.RunId).Select(r => (r.RunId, r.Schools)));
        var teacher = new PortalUser(1005, "teacher1", "Учитель", Domain.Accounts.Role.Teacher, _w.Region.School1.Id, null);
        await Assert.ThrowsAsync<AccessDeniedException>(() => _w.Reports(teacher).RunsAsync());
        await Assert.ThrowsAsync<AccessDeniedException>(() => _w.Reports(teacher).StartAsync());
    }

    [Fact]
    public async Task The_pupils_error_file_opens_as_xlsx_and_lists_our_errors_and_the_resources_rejections()
    {
        var run = await _w.RunAsync();
        _w.Respond(_w.Packages().Single(p => p.School.Inn == "7451000013"), new GirVuResult(_w.Sokolov, GirVuFormat.Accepted),
            new GirVuResult(_w.Kuznetsova, GirVuFormat.Rejected, [new GirVuError("ГИРВУ-202", "passport", "Паспорт занят.")]));
        await _w.Answers().ReadInboxAsync();

        var file = await _w.Reports(_w.Region.RegionOperator).DownloadAsync(run.RunId, GirVuReportKind.Pupils, onlyErrors: true);

        var package = Workbooks.Open(file.Content);
        var sheet = package.Workbook.Worksheets[0];
        Assert.Equal(GirVuWorkbook.PupilsSheet, sheet.Name);
        var rows = Enumerable.Range(10, sheet.Dimension.End.Row - 9)
            .Select(r => (Pupil: sheet.Cells[r, 5].Text, Source: sheet.Cells[r, 8].Text, Field: sheet.Cells[r, 9].Text, Code: sheet.Cells[r, 10].Text))
            .ToList();
        Assert.Contains(("Белова Ольга", GirVuTexts.OurCheck, "СНИЛС", GirVuErrorCodes.SnilsMissing), rows);
        Assert.Contains(("Кузнецова Мария", GirVuTexts.Resource, "Паспорт", "ГИРВУ-202"), rows);
        Assert.DoesNotContain(rows, r => r.Pupil.StartsWith("Соколов"));
        Assert.True(sheet.Column(11).Width > 30);
    }

    [Fact]
    public async Task Starting_an_exchange_stores_the_requesters_own_scope_for_the_job()
    {
        var scheduler = new GirVuWorld.NoScheduler();

        var id = await _w.Reports(_w.Region.District1Operator, scheduler).StartAsync();

        Assert.Equal([id], scheduler.Scheduled);
        await using var db = _w.Database.System();
        var operation = db.LongOperations.Single(o => o.Id == id);
        Assert.Equal(GirVuReportService.ExchangeKind, operation.Kind);
        Assert.Equal(GirVuScope.District(_w.Region.District1.Id), System.Text.Json.JsonSerializer.Deserialize<GirVuScope>(operation.Parameters!));
    }

    private sealed class RefusingGateway : IGirVuGateway
    {
        public Task SendAsync(GirVuPackage package, CancellationToken ct) => throw new IOException("диск заполнен");

        public Task<IReadOnlyList<GirVuReceived>> ReceiveAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<GirVuReceived>>([]);

        public void Archive(GirVuReceived received)
        {
        }
    }
}
