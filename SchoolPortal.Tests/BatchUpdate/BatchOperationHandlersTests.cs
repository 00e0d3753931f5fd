using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Operations;
using SchoolPortal.Features.BatchUpdate;
using SchoolPortal.Infrastructure.Operations;
using SchoolPortal.Infrastructure.Uploads;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.BatchUpdate;

/// <summary>Files above 2,000 rows go through long operations: the same preview and apply, acting for the administrator who started them.</summary>
public sealed class BatchOperationHandlersTests : IDisposable
{
    private readonly BatchFixture _f = new();

    public void Dispose() => _f.Dispose();

    private BatchJobs Jobs => new(_f.Database.Factory, BatchFixture.Keys, new NoNewPersonCheck(), _f.Cache, ManualClock.On(TestRegion.Today),
        new UploadParsingLimiter(new UploadOptions()));

    private OperationRun Run(string kind, string? parameters, byte[] input) =>
        new(new LongOperation(Guid.NewGuid(), kind, _f.Region.School1.Id, _f.Region.Admin1.AccountId, "admin1", DateTimeOffset.UtcNow, parameters, "ученики.xlsx", input),
            _f.Database.Factory, ManualClock.On(TestRegion.Today));

    [Fact]
    public async Task A_long_preview_then_a_long_apply_write_the_change_and_return_the_report()
    {
        var file = BatchFixture.Edit(await _f.ExportAsync(_f.Region.Admin1), s => BatchFixture.Set(s, "Иванов", "Комментарий", "Из задания"));

        var previewed = await new BatchPreviewHandler(Jobs).RunAsync(Run(BatchOperationKinds.Preview, null, file), CancellationToken.None);
        var preview = BatchPreviewHandler.Read(previewed.Summary)!;
        var parameters = JsonSerializer.Serialize(new BatchApplyRequest(preview.FileHash, preview.Plan!.Fingerprint), BatchJobs.Json);
        var applied = await new BatchApplyHandler(Jobs).RunAsync(Run(BatchOperationKinds.Apply, parameters, file), CancellationToken.None);

        Assert.True(preview.CanApply);
        Assert.NotNull(applied.Result);
        await using var db = _f.Database.System();
        Assert.Equal("Из задания", (await db.Pupils.SingleAsync(p => p.Id == _f.Region.Pupil1.Id)).Comment);
        Assert.True(await db.AuditLog.AnyAsync(a => a.EntityType == "Pupil" && a.ActorLogin == "admin1"));
    }

    [Fact]
    public async Task A_long_apply_of_another_preview_fails_with_a_russian_message_and_writes_nothing()
    {
        var file = BatchFixture.Edit(await _f.ExportAsync(_f.Region.Admin1), s => BatchFixture.Set(s, "Иванов", "Комментарий", "Из задания"));
        var before = await _f.SnapshotAsync();
        var parameters = JsonSerializer.Serialize(new BatchApplyRequest(BatchUpdateService.Hash(file), "другой"), BatchJobs.Json);

        var failure = await Assert.ThrowsAsync<OperationFailedException>(() =>
            new BatchApplyHandler(Jobs).RunAsync(Run(BatchOperationKinds.Apply, parameters, file), CancellationToken.None));

        Assert.Contains("изменились после предпросмотра", failure.Message);
        Assert.Equal(before, await _f.SnapshotAsync());
    }

    [Fact]
    public async Task A_long_export_returns_the_workbook()
    {
        var parameters = JsonSerializer.Serialize(new BatchExportRequest(Features.Pupils.PupilFilter.Default), BatchJobs.Json);

        var outcome = await new BatchExportHandler(Jobs).RunAsync(Run(BatchOperationKinds.Export, parameters, []), CancellationToken.None);

        Assert.EndsWith(".xlsx", outcome.ResultName);
        Assert.Null(BatchWorkbookReader.Read(outcome.Result).Error);
    }
}
