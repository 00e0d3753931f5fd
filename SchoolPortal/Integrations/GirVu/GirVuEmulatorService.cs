namespace SchoolPortal.Integrations.GirVu;

/// <summary>
/// Runs the stand-in (<see cref="GirVuEmulator"/>) in the portal's process when <c>GirVu:Emulator:Enabled</c> is true and
/// <see cref="DemoEmulators"/> allows emulators (the demo, not Production): it looks
/// into the outbox every <see cref="GirVuEmulatorOptions.IntervalSeconds"/> and answers what it finds.
/// </summary>
public sealed class GirVuEmulatorService(GirVuOptions options, GirVuEmulator emulator, DemoEmulators gate, ILogger<GirVuEmulatorService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Emulator.Enabled)
            return;
        // The start already refuses such a configuration (DemoEmulators.RequireAllowedFor); this keeps the stand-in off regardless.
        if (gate.Refusal(DemoEmulators.GirVuSetting, "true") is { } refusal)
        {
            log.LogError("ГИР ВУ: локальная замена ресурса не запущена. {Refusal}", refusal);
            return;
        }
        log.LogInformation("ГИР ВУ: включена локальная замена ресурса (GirVu:Emulator:Enabled); настоящий ресурс не используется.");
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(0.2, options.Emulator.IntervalSeconds)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var answered = await emulator.AnswerPendingAsync(stoppingToken);
                if (answered > 0)
                    log.LogInformation("ГИР ВУ (замена): отвечено на пакетов: {Count}", answered);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "ГИР ВУ (замена): не удалось ответить на пакеты");
            }
        }
    }
}
