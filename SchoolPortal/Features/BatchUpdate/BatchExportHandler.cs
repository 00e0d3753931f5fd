using SchoolPortal.Infrastructure.Operations;

namespace SchoolPortal.Features.BatchUpdate;

/// <summary>«1. Выгрузка данных» of more than 2,000 pupils as a long operation: the workbook is its result file.</summary>
public sealed class BatchExportHandler(BatchJobs jobs) : ILongOperationHandler
{
    public string Kind => BatchOperationKinds.Export;

    public async Task<OperationOutcome> RunAsync(OperationRun run, CancellationToken ct)
    {
        var request = BatchJobs.Request<BatchExportRequest>(run, "Не указаны параметры выгрузки.");
        await run.ReportAsync(0, 0, "Чтение записей", ct);
        var file = await jobs.Export(run).ExportAsync(request, (done, total) => run.ReportAsync(done, total, "Запись файла", ct), ct);
        return new OperationOutcome(null, file.FileName, file.Content);
    }
}
