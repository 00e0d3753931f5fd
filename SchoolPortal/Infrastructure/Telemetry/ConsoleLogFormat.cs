using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace SchoolPortal.Infrastructure.Telemetry;

/// <summary>
/// The console log's format: the simple one by default (a person reads it), one JSON object per line with
/// <c>Logging:Json=true</c> (a collector reads it: Loki, Elasticsearch, journald). Scopes stay out: they carry request paths.
/// </summary>
public static class ConsoleLogFormat
{
    public const string JsonKey = "Logging:Json";

    public static ILoggingBuilder AddPortalConsoleFormat(this ILoggingBuilder logging, IConfiguration configuration)
    {
        if (configuration.GetValue<bool>(JsonKey))
            logging.AddJsonConsole(o =>
            {
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                // Russian messages as they are, not as \uXXXX: a person greps the collected log too.
                o.JsonWriterOptions = new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
            });
        return logging;
    }
}
