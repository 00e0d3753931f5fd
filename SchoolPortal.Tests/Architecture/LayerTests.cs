using NetArchTest.Rules;
using SchoolPortal.Data;

namespace SchoolPortal.Tests.Architecture;

/// <summary>
/// The layers of docs/architecture.md, held by a test: each rule fails with the names of the types that break it.
/// </summary>
public sealed class LayerTests
{
    private static readonly System.Reflection.Assembly Web = typeof(PortalDbContext).Assembly;
    private static readonly System.Reflection.Assembly Domain = typeof(Domain.Common.DomainException).Assembly;

    [Fact]
    public void The_domain_uses_no_database_no_web_and_nothing_of_the_portal_outside_itself()
    {
        var result = Types.InAssembly(Domain).ShouldNot().HaveDependencyOnAny(
            "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Extensions", "MudBlazor", "Hangfire", "OfficeOpenXml",
            "SchoolPortal.Data", "SchoolPortal.Features", "SchoolPortal.Infrastructure", "SchoolPortal.Integrations", "SchoolPortal.Components")
            .GetResult();

        Assert.True(result.IsSuccessful, Offenders(result));
    }

    [Fact]
    public void Data_uses_neither_features_nor_integrations_nor_components()
    {
        var result = Types.InAssembly(Web).That().ResideInNamespace("SchoolPortal.Data")
            .ShouldNot().HaveDependencyOnAny("SchoolPortal.Features", "SchoolPortal.Integrations", "SchoolPortal.Components")
            .GetResult();

        Assert.True(result.IsSuccessful, Offenders(result));
    }

    [Fact]
    public void Integrations_use_no_components()
    {
        var result = Types.InAssembly(Web).That().ResideInNamespace("SchoolPortal.Integrations")
            .ShouldNot().HaveDependencyOnAny("SchoolPortal.Components", "MudBlazor", "Microsoft.AspNetCore.Components")
            .GetResult();

        Assert.True(result.IsSuccessful, Offenders(result));
    }

    [Fact]
    public void Jobs_use_no_components()
    {
        var result = Types.InAssembly(Web).That().ResideInNamespace("SchoolPortal.Infrastructure.Jobs").Or().HaveNameEndingWith("Job")
            .ShouldNot().HaveDependencyOnAny("SchoolPortal.Components", "MudBlazor", "Microsoft.AspNetCore.Components")
            .GetResult();

        Assert.True(result.IsSuccessful, Offenders(result));
    }

    [Fact]
    public void A_feature_uses_another_feature_only_through_what_that_feature_publishes()
    {
        var offences = TypeDependencies.Of(Web)
            .Where(t => FeatureOf(t.Key) is not null)
            .SelectMany(t => t.Value
                .Where(used => FeatureOf(used) is { } other && other != FeatureOf(t.Key) && !FeaturePublications.Allows(used))
                .Select(used => $"{Short(t.Key)} → {Short(used)}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(offences.Count == 0,
            "Типы фич, которыми пользуется другая фича без публикации (FeaturePublications):\n" + string.Join("\n", offences));
    }

    [Fact]
    public void Every_published_type_exists_and_is_used_by_another_feature()
    {
        var map = TypeDependencies.Of(Web);
        var stale = FeaturePublications.All.Where(p => !map.ContainsKey(p)
            || !map.Any(t => FeatureOf(t.Key) is { } user && user != FeatureOf(p) && t.Value.Contains(p))).ToList();

        Assert.True(stale.Count == 0, "Опубликованы, но не нужны другим фичам: " + string.Join(", ", stale));
    }

    /// <summary>«SchoolPortal.Features.Pupils» for any type of that feature's folder; null outside Features.</summary>
    internal static string? FeatureOf(string typeName)
    {
        const string prefix = "SchoolPortal.Features.";
        if (!typeName.StartsWith(prefix, StringComparison.Ordinal))
            return null;
        var dot = typeName.IndexOf('.', prefix.Length);
        return dot < 0 ? null : typeName[..dot];
    }

    private static string Short(string typeName) => typeName.Replace("SchoolPortal.Features.", "", StringComparison.Ordinal);

    private static string Offenders(TestResult result) =>
        "Нарушают правило: " + string.Join(", ", result.FailingTypeNames ?? []);
}
