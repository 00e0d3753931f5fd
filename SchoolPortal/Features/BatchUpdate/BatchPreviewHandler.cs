using System.Text.Json;
using SchoolPortal.Infrastructure.Operations;

namespace SchoolPortal.Features.BatchUpdate;

/// <summary>The check of a big update file as a long operation: the summary is the <see cref="BatchPreview"/> as JSON; nothing is written.</summary>
public sealed class BatchPreviewHandler(BatchJobs jobs) : ILongOperationHandler
{
    public string Kind => BatchOperationKinds.Preview;

    public async Task<OperationOutcome> RunAsync(OperationRun run, CancellationToken ct)
    {
        var update = jobs.Update(run);
        await jobs.ReadInputAsync(run, update, ct);
        await run.ReportAsync(0, 0, "Чтение файла", ct);
        var preview = await update.PreviewAsync(run.InputName ?? "файл.xlsx", run.Input ?? [], ct,
            (done, total) => run.ReportAsync(done, total, "Проверка строк", ct));
        return new OperationOutcome(JsonSerializer.Serialize(preview, BatchJobs.Json));
    }

    public static BatchPreview? Read(string? summary)
    {
        if (string.IsNullOrEmpty(summary))
            return null;
        try
        {
            return JsonSerializer.Deserialize<BatchPreview>(summary, BatchJobs.Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
