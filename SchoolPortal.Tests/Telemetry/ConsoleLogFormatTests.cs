using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using SchoolPortal.Infrastructure.Telemetry;

namespace SchoolPortal.Tests.Telemetry;

public sealed class ConsoleLogFormatTests
{
    [Fact]
    public void Logging_json_true_writes_each_entry_as_one_json_object()
    {
        var line = Formatted(new() { ["Logging:Json"] = "true" });

        using var json = JsonDocument.Parse(line);
        Assert.Equal("Журнал сохранён", json.RootElement.GetProperty("Message").GetString());
        Assert.Equal("Information", json.RootElement.GetProperty("LogLevel").GetString());
        Assert.Single(line.Trim().Split('\n'));
        Assert.Contains("Журнал сохранён", line);
    }

    [Fact]
    public void Without_the_setting_the_console_stays_the_simple_text_for_a_person()
    {
        var line = Formatted(new());

        Assert.StartsWith("info: SchoolPortal.Test", line);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(line).Dispose());
    }

    private static string Formatted(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddConsole();
        builder.Logging.AddPortalConsoleFormat(builder.Configuration);
        builder.Services.Configure<SimpleConsoleFormatterOptions>(o => o.ColorBehavior = LoggerColorBehavior.Disabled);
        using var host = builder.Build();
        var name = host.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName ?? ConsoleFormatterNames.Simple;
        var formatter = host.Services.GetServices<ConsoleFormatter>().Single(f => f.Name == name);
        using var writer = new StringWriter();
        formatter.Write(new LogEntry<string>(LogLevel.Information, "SchoolPortal.Test", new EventId(1), "Журнал сохранён", null, (s, _) => s),
            new LoggerExternalScopeProvider(), writer);
        return writer.ToString();
    }
}
