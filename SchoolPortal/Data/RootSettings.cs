using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace SchoolPortal.Data;

public static class RootSettings
{
    /// <summary>
    /// The one appsettings.json lives at the repository root and is copied next to the binaries (build and publish).
    /// `dotnet run` uses the project folder as content root, where there is no copy, so the copy beside the binaries is
    /// added as the lowest-priority source: environment variables and the command line still override it.
    /// </summary>
    public static void AddRootSettings(this ConfigurationManager configuration)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        if (!File.Exists(path))
            return;
        IConfigurationBuilder builder = configuration;
        builder.Sources.Insert(0, new JsonConfigurationSource
        {
            Path = "appsettings.json",
            Optional = true,
            ReloadOnChange = false,
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
        });
    }
}
