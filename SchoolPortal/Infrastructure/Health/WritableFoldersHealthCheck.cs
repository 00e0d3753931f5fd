using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SchoolPortal.Infrastructure.Health;

/// <summary>
/// Every folder of an exchange can be written: the portal creates it if it is missing (as the gateways do) and writes and
/// deletes a probe file there. The probe's name starts with a dot and ends in «.probe», so no adapter (they take *.json and
/// *.xml) ever picks it up. The failing folder goes to the log through the description, never into the probe's answer.
/// </summary>
public sealed class WritableFoldersHealthCheck(IReadOnlyList<string> folders) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        foreach (var folder in folders)
        {
            try
            {
                Directory.CreateDirectory(folder);
                var probe = Path.Combine(folder, $".health-{Guid.NewGuid():N}.probe");
                using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
                {
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, $"Папка обмена недоступна для записи: {folder}", e));
            }
        }
        return Task.FromResult(HealthCheckResult.Healthy());
    }
}
