using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SchoolPortal.Domain.People;
using SchoolPortal.Integrations.Epgu;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.Portfolio;
using SchoolPortal.Domain.Epgu;

namespace SchoolPortal.Tests.Epgu;

/// <summary>
/// <see cref="PortfolioWorld"/> made ready for EPGU: the mother's account is linked to ESIA and both her children have birth
/// certificates (Иванов also a SNILS); the job is told these two are ready (the readiness rules have tests of their own).
/// Messages go to a temporary outbox folder.
/// </summary>
internal sealed class EpguWorld : IDisposable
{
    public const string IvanovSnils = "112-233-445 95";

    public EpguWorld()
    {
        using var db = World.Database.System();
        db.UserAccounts.Single(a => a.Id == World.Mother.AccountId).LinkEsia("1000001001");
        var ivanov = db.Pupils.Single(p => p.Id == World.Ivanov.Id);
        ivanov.ChangeDocuments(IdentityDocument.BirthCertificate("IV-ИВ", "123456"), null);
        ivanov.ChangeSnils(Snils.Parse(IvanovSnils));
        db.Pupils.Single(p => p.Id == World.Sister.Id).ChangeDocuments(IdentityDocument.BirthCertificate("II-ИВ", "654321"), null);
        db.SaveChanges();
    }

    public PortfolioWorld World { get; } = new();

    public string Outbox { get; } = Path.Combine(Path.GetTempPath(), $"schoolportal-epgu-{Guid.NewGuid():N}");

    public ManualClock Clock { get; } = ManualClock.On(TestRegion.Today);

    public EpguPublicationJob Job(IEpguGateway? gateway = null, int batchSize = 200) =>
        new(World.Database.Factory, new ReadyChildren(World.Ivanov.Id, World.Sister.Id), gateway ?? new OutboxEpguGateway(Outbox),
            new EpguOptions { BatchSize = batchSize }, Clock, NullLogger<EpguPublicationJob>.Instance);

    public string[] Files() =>
        Directory.Exists(Outbox) ? Directory.GetFiles(Outbox).Select(f => Path.GetFileName(f)).Order().ToArray() : [];

    public EpguMessage Read(string file) => EpguJson.ReadMessage(File.ReadAllBytes(Path.Combine(Outbox, file)))!;

    public async Task<EpguPublication?> PublicationAsync(int pupilId)
    {
        await using var db = World.Database.System();
        return await db.EpguPublications.AsNoTracking().SingleOrDefaultAsync(p => p.PupilId == pupilId);
    }

    public void Dispose()
    {
        World.Dispose();
        if (Directory.Exists(Outbox))
            Directory.Delete(Outbox, recursive: true);
    }

    /// <summary>The readiness the job is given: these children, whatever the rules would say.</summary>
    private sealed class ReadyChildren(params int[] ids) : IEpguReadiness
    {
        public Task<IReadOnlySet<int>> ReadyPupilIdsAsync(CancellationToken ct) => Task.FromResult<IReadOnlySet<int>>(ids.ToHashSet());
    }
}
