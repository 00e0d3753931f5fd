using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SchoolPortal.Infrastructure.Health;

/// <summary>
/// The probes' answer: the overall status and a status per check name, nothing else. Descriptions and exceptions name
/// folders, servers and connection details: they go to the log (the health check service logs a failing check), never to an
/// anonymous caller.
/// </summary>
public static class HealthResponse
{
    public static async Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(http.Response.Body);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
            json.WriteString(name, entry.Status.ToString());
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(http.RequestAborted);
    }
}
