using Microsoft.Extensions.Options;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Features.Enrollment;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Integrations.EpguEnrollment;
using SchoolPortal.Tests.TestKit;
using static SchoolPortal.Tests.Enrollment.Epgu.EpguSamples;

namespace SchoolPortal.Tests.Enrollment;

/// <summary>«Поиск заявления» for the support desk, on a real SQLite database and real EPGU folders.</summary>
public sealed class ApplicationLookupServiceTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly EnrollmentWorld _world;
    private readonly string _root = Directory.CreateTempSubdirectory("epgu-lookup-").FullName;
    private readonly EpguEnrollmentFolders _folders;

    public ApplicationLookupServiceTests()
    {
        _world = EnrollmentWorld.Create(_database);
        _folders = EpguEnrollmentFolders.Under(_root);
    }

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private ApplicationLookupService For(PortalUser user, DateOnly? today = null)
    {
        var services = _world.For(user, today);
        return new ApplicationLookupService(_database.For(user), services.Card, new FolderEpguEnrollmentGateway(_folders, 100, ManualClock.On(today ?? EnrollmentWorld.Today)),
            Options.Create(new SupportContacts { Organization = "ЧИРО", Email = "support@chiro74.ru", Phone = "8 (351) 217-31-06" }));
    }

    [Fact]
    public async Task By_birth_certificate_the_support_desk_finds_the_application_with_its_school_history_and_epgu_messages()
    {
        var application = _world.Application(ApplicationStatus.UnderReview, certificate: "555111");

        var result = await For(_world.Region.RegionOperator).FindAsync(new LookupQuery { DocumentSeries = "iv-ив", DocumentNumber = "555111" });

        var found = Assert.Single(result.Found);
        Assert.Equal((application.Id, _world.Region.School1.ShortName, "Принято к рассмотрению"), (found.Card.Id, found.Card.SchoolName, found.Card.StatusName));
        Assert.Equal(3, found.Card.History.Count);
        Assert.Contains("Направить в ООО", found.AllowedNow);
        Assert.Null(result.Explanation);
    }

    [Fact]
    public async Task A_series_typed_with_a_long_dash_and_spaces_finds_the_certificate_and_another_series_does_not()
    {
        var application = _world.Application(ApplicationStatus.UnderReview, certificate: "555119");
        var support = For(_world.Region.RegionOperator);

        var typedAsOnPaper = await support.FindAsync(new LookupQuery { DocumentSeries = "IV – ив", DocumentNumber = "555119" });
        var otherSeries = await support.FindAsync(new LookupQuery { DocumentSeries = "II-АБ", DocumentNumber = "555119" });

        Assert.Equal(application.Id, Assert.Single(typedAsOnPaper.Found).Card.Id);
        Assert.Empty(otherSeries.Found);
    }

    [Fact]
    public async Task Before_1_july_a_first_stage_application_under_review_says_the_30_june_rule_stops_directing()
    {
        _world.Application(ApplicationStatus.UnderReview, certificate: "555112");

        var result = await For(_world.Region.RegionOperator, new DateOnly(2027, 6, 30)).FindAsync(new LookupQuery { DocumentNumber = "555112" });

        Assert.Contains(Assert.Single(result.Found).Blocks, b => b.Contains("с 01.07.2027") && b.Contains("Приказ № 458"));
        Assert.Empty((await For(_world.Region.RegionOperator, new DateOnly(2027, 7, 1)).FindAsync(new LookupQuery { DocumentNumber = "555112" })).Found[0].Blocks);
    }

    [Fact]
    public async Task By_epgu_number_and_a_wrong_date_the_application_is_found_and_the_date_it_was_registered_is_named()
    {
        var application = _world.Application(ApplicationStatus.Registered, certificate: "555113");

        var result = await For(_world.Region.RegionOperator).FindAsync(new LookupQuery { EpguNumber = $" {application.EpguOrderId} ", EpguDate = new DateOnly(2027, 4, 6) });

        Assert.Equal("Заявление с этим номером зарегистрировано на ЕПГУ 05.04.2027, а не 06.04.2027: уточните дату у заявителя.",
            Assert.Single(result.Found).DateMismatch);
        Assert.Null((await For(_world.Region.RegionOperator).FindAsync(new LookupQuery { EpguNumber = $"{application.EpguOrderId}", EpguDate = new DateOnly(2027, 4, 5) }))
            .Found[0].DateMismatch);
    }

    [Fact]
    public async Task Another_schools_administrator_does_not_find_the_application_and_is_told_what_they_can_see()
    {
        var application = _world.Application(ApplicationStatus.Registered, certificate: "555114");

        var byNumber = await For(_world.Region.Admin2).FindAsync(new LookupQuery { EpguNumber = $"{application.EpguOrderId}" });
        var byCertificate = await For(_world.Region.Admin2).FindAsync(new LookupQuery { DocumentNumber = "555114" });

        Assert.Empty(byNumber.Found);
        Assert.Contains("в вашей школе нет", byNumber.Explanation);
        Assert.Empty(byCertificate.Found);
        Assert.Single((await For(_world.Region.Admin1).FindAsync(new LookupQuery { DocumentNumber = "555114" })).Found);
    }

    [Fact]
    public async Task An_epgu_message_set_aside_as_malformed_is_found_by_its_number_with_its_errors_by_the_region_operator_only()
    {
        Directory.CreateDirectory(_folders.Inbox);
        File.WriteAllText(Path.Combine(_folders.Inbox, "application-3700009999.json"), Json(Message(orderId: 3700009999)).Replace("\"childSex\": \"male\",", ""));
        await new FolderEpguEnrollmentGateway(_folders, 100, ManualClock.On(EnrollmentWorld.Today)).ReadInboxAsync(CancellationToken.None);

        var result = await For(_world.Region.RegionOperator).FindAsync(new LookupQuery { EpguNumber = "3700009999" });

        Assert.Empty(result.Found);
        var rejected = Assert.Single(result.Rejected);
        Assert.Contains("childInfo.childSex", rejected.Errors);
        Assert.Contains("поступило в портал, но не принято", result.Explanation);
        Assert.Empty((await For(_world.Region.RegionOperator).FindAsync(new LookupQuery { EpguNumber = "3700009998" })).Rejected);
        Assert.Empty((await For(_world.Region.Admin1).FindAsync(new LookupQuery { EpguNumber = "3700009999" })).Rejected);
    }

    [Theory]
    [InlineData(null, null, "Укажите номер свидетельства")]
    [InlineData(null, "37-00", "только цифры")]
    [InlineData(null, "' OR 1=1 --", "только цифры")]
    public async Task A_query_without_a_number_or_with_a_malformed_epgu_number_is_refused_in_russian(string? certificate, string? epgu, string refusal)
    {
        var result = await For(_world.Region.RegionOperator).FindAsync(new LookupQuery { DocumentNumber = certificate, EpguNumber = epgu });

        Assert.Contains(refusal, result.Refusal);
    }

    [Fact]
    public async Task A_directed_application_says_it_is_enrolled_only_by_an_order()
    {
        var finding = ApplicationLookupService.Blocks(await CardAsync(ApplicationStatus.Directed, "555115"));

        Assert.Contains(finding, b => b.Contains("только распорядительным актом"));
    }

    private async Task<ApplicationCard> CardAsync(ApplicationStatus status, string certificate)
    {
        var application = _world.Application(status, certificate: certificate);
        return (await _world.For(_world.Region.RegionOperator).Card.CardAsync(application.Id))!;
    }
}
