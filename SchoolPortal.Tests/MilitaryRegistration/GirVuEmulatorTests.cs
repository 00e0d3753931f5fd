using SchoolPortal.Domain.MilitaryRegistration;
using SchoolPortal.Integrations.GirVu;

namespace SchoolPortal.Tests.MilitaryRegistration;

public sealed class GirVuEmulatorTests : IDisposable
{
    private readonly GirVuWorld _w = new();

    public void Dispose() => _w.Dispose();

    [Fact]
    public async Task The_stand_in_answers_every_package_and_the_answers_are_read_back()
    {
        await _w.RunAsync();

        Assert.Equal(2, await _w.Emulator().AnswerPendingAsync(CancellationToken.None));
        var read = await _w.Answers().ReadInboxAsync();

        Assert.Equal(2, read.Applied);
        Assert.Empty(Directory.GetFiles(_w.Folders.Outbox));
        foreach (var pupil in new[] { _w.Sokolov, _w.Kuznetsova, _w.Vtorov })
            Assert.Equal(GirVuSubmissionStatus.Accepted, Assert.Single(await _w.SubmissionsAsync(pupil)).Status);
    }

    [Fact]
    public async Task The_stand_in_rejects_a_passport_registered_to_another_person_in_an_earlier_package()
    {
        await _w.RunAsync(Features.MilitaryRegistration.GirVuScope.School(_w.Region.School1.Id));
        await _w.Emulator().AnswerPendingAsync(CancellationToken.None);
        await _w.Answers().ReadInboxAsync();
        // Второв's passport typed in as Соколов's: the resource already holds it for Соколов.
        _w.ChangePupil(_w.Vtorov, p => p.ChangeDocuments(p.BirthCertificate, Domain.People.IdentityDocument.Passport("7523", "100001")));

        await _w.RunAsync(Features.MilitaryRegistration.GirVuScope.School(_w.Region.School2.Id));
        await _w.Emulator().AnswerPendingAsync(CancellationToken.None);
        await _w.Answers().ReadInboxAsync();

        var vtorov = Assert.Single(await _w.SubmissionsAsync(_w.Vtorov));
        Assert.Equal(GirVuSubmissionStatus.Rejected, vtorov.Status);
        var error = Assert.Single(GirVuJson.ReadErrors(vtorov.ErrorsJson));
        Assert.Equal((GirVuEmulatorCodes.PassportTaken, "passport"), (error.Code, error.Field));
        Assert.Contains("за другим гражданином", error.Text);
    }

    [Fact]
    public async Task The_stand_in_applies_its_own_snils_passport_and_cohort_checks()
    {
        Directory.CreateDirectory(_w.Folders.Outbox);
        var record = GirVuPupilRecord.From(GirVuValidationTests.Valid(42));
        var package = new GirVuPackage(GirVuFormat.Package, GirVuFormat.Version, Guid.NewGuid(), Guid.NewGuid(), _w.Clock.GetUtcNow(), 2026,
            new GirVuSchoolRecord("7451000013", "1027400000000", "Школа", "Школа", "г. Челябинск, д. 1", "Район"),
            [record, record with { RecordId = 43, Snils = "11223344500", Passport = null, BirthDate = new DateOnly(2010, 1, 1) }]);
        File.WriteAllBytes(Path.Combine(_w.Folders.Outbox, FolderGirVuGateway.FileName(package)), GirVuJson.Package(package));

        await _w.Emulator().AnswerPendingAsync(CancellationToken.None);

        var response = GirVuJson.ReadResponse(File.ReadAllBytes(Path.Combine(_w.Folders.Inbox, GirVuEmulator.ResponseName(package))));
        Assert.Equal((package.PackageId, GirVuFormat.Processed), (response.PackageId, response.Status));
        Assert.True(response.Results.Single(r => r.RecordId == 42).IsAccepted);
        Assert.Equal([GirVuEmulatorCodes.SnilsChecksum, GirVuEmulatorCodes.PassportRequired, GirVuEmulatorCodes.NotOfCohort],
            response.Results.Single(r => r.RecordId == 43).Errors!.Select(e => e.Code));
    }
}
