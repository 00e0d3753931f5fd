using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SchoolPortal.Components.Layout;
using SchoolPortal.Features.Support;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Support;

public sealed class SupportPageTests : MudTestContext
{
    [Fact]
    public void Support_page_shows_the_configured_contacts_of_the_region()
    {
        Services.AddSingleton(Options.Create(new SupportOptions { Organization = "ГБУ ДПО «ЧИРО»", Email = "support@chiro74.ru", Phone = "8 (351) 217-31-06" }));
        Services.AddSingleton(Options.Create(new PortalOptions()));

        var cut = Render<SupportPage>();

        Assert.Equal("ГБУ ДПО «ЧИРО»", cut.Find("[data-testid=support-organization]").TextContent);
        Assert.Equal("mailto:support@chiro74.ru", cut.Find("[data-testid=support-email]").GetAttribute("href"));
        Assert.Equal("8 (351) 217-31-06", cut.Find("[data-testid=support-phone]").TextContent);
        Assert.Equal("tel:83512173106", cut.Find("[data-testid=support-phone]").GetAttribute("href"));
    }

    [Fact]
    public void Sign_in_layout_shows_the_configured_portal_title_and_links_support()
    {
        Services.AddSingleton(Options.Create(new PortalOptions { Title = "ГИС «Образование Тестовой области»" }));

        var cut = Render<AccountLayout>();

        Assert.Equal("ГИС «Образование Тестовой области»", cut.Find("[data-testid=portal-title]").TextContent);
        Assert.Equal("support", cut.Find("[data-testid=support-link]").GetAttribute("href"));
    }

    [Fact]
    public void Top_bar_shows_the_default_title_when_none_is_configured()
    {
        Services.AddSingleton(Options.Create(new PortalOptions()));
        AddAuthorization();

        var cut = Render<MainLayout>();

        Assert.Equal("ГИС «Образование в Челябинской области»", cut.Find("[data-testid=portal-title]").TextContent);
        Assert.Contains("Поддержка", cut.Markup);
    }

    [Theory]
    [InlineData("", "support@chiro74.ru", "8 (351) 217-31-06", "Support:Organization")]
    [InlineData("ЧИРО", "не-почта", "8 (351) 217-31-06", "Support:Email")]
    [InlineData("ЧИРО", "support@chiro74.ru", "звоните", "Support:Phone")]
    public void A_wrong_support_setting_stops_the_portal_with_the_setting_named(string organization, string email, string phone, string named)
    {
        var services = new ServiceCollection();
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Support:Organization"] = organization, ["Support:Email"] = email, ["Support:Phone"] = phone,
            }).Build());
        services.AddSupportFeature();
        using var provider = services.BuildServiceProvider();

        var refusal = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SupportOptions>>().Value);

        Assert.Contains(named, refusal.Message);
    }

    [Fact]
    public void An_empty_portal_title_is_refused()
    {
        var services = new ServiceCollection();
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Portal:Title"] = " " }).Build());
        services.AddSupportFeature();
        using var provider = services.BuildServiceProvider();

        var refusal = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PortalOptions>>().Value);

        Assert.Contains("Portal:Title", refusal.Message);
    }
}
