using SchoolPortal.Benchmarks;

// dotnet run -c Release --project SchoolPortal.Benchmarks -- <scenario> [--size demo|region] [--runs N] [--warmup N]
BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine("Использование: <сценарий> [--size demo|region] [--runs N] [--warmup N]");
    Console.Error.WriteLine("Сценарии: " + string.Join(", ", Scenarios.All.Keys));
    return 2;
}
if (!Scenarios.All.TryGetValue(options.Scenario, out var create))
{
    Console.Error.WriteLine($"Нет сценария «{options.Scenario}». Сценарии: {string.Join(", ", Scenarios.All.Keys)}");
    return 2;
}
await ScenarioRunner.RunAsync(create(), options);
return 0;
