using SchoolPortal.Infrastructure.Operations;

namespace SchoolPortal.Features.BatchUpdate;

/// <summary>The confirmed update of a big file as a long operation: all rows in one transaction or none; the change report is the result file.</summary>
public sealed class BatchApplyHandler(BatchJobs jobs) : ILongOperationHandler
{
    public string Kind => BatchOperationKinds.Apply;

    /// <summary>All rows in one transaction or none: a run cut by a restart wrote nothing, and the user decides whether to try again.</summary>
    public bool ResumesAfterRestart => false;

    public string InterruptedMessage => "изменения не записаны (они записываются все сразу или ни одного). Нажмите «Повторить» или загрузите файл ещё раз.";

    public async Task<OperationOutcome> RunAsync(OperationRun run, CancellationToken ct)
    {
        var request = BatchJobs.Request<BatchApplyRequest>(run, "Не указано, какой предпросмотр подтверждён.");
        var update = jobs.Update(run);
        await jobs.ReadInputAsync(run, update, ct);
        await run.ReportAsync(0, 0, "Чтение файла", ct);
        var result = await update.ApplyAsync(run.Input ?? [], request.FileHash, request.Fingerprint, ct,
            (done, total) => run.ReportAsync(done, total, "Проверка и запись строк", ct), request.KeptOn);
        if (!result.Applied)
            throw new OperationFailedException(result.Message);
        return new OperationOutcome(result.Message, result.ReportName, result.Report);
    }
}
