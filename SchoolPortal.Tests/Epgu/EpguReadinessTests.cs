using SchoolPortal.Domain.People;
using SchoolPortal.Integrations.Epgu;

namespace SchoolPortal.Tests.Epgu;

public sealed class EpguReadinessTests : IDisposable
{
    private readonly EpguWorld _e = new();

    public void Dispose() => _e.Dispose();

    private Task<IReadOnlySet<int>> ReadyAsync() => new LinkedParentReadiness(_e.World.Database.Factory).ReadyPupilIdsAsync(CancellationToken.None);

    [Fact]
    public async Task A_child_with_a_document_and_a_parent_linked_to_esia_is_ready()
    {
        var ready = await ReadyAsync();

        Assert.Equal(new[] { _e.World.Ivanov.Id, _e.World.Sister.Id }.Order(), ready.Order());
    }

    [Fact]
    public async Task A_parent_without_esia_or_a_child_without_documents_or_a_withdrawn_child_is_not_ready()
    {
        await using (var db = _e.World.Database.System())
        {
            db.Pupils.Single(p => p.Id == _e.World.Andreev.Id).ChangeDocuments(IdentityDocument.BirthCertificate("IV-ИВ", "111111"), null);
            db.Pupils.Single(p => p.Id == _e.World.Sister.Id).ChangeDocuments(null, null);
            await db.SaveChangesAsync();
        }
        _e.World.Data.Withdraw(_e.World.Ivanov, new DateOnly(2026, 11, 20));

        Assert.Empty(await ReadyAsync());
    }
}
