using System.Net;
using System.Text.RegularExpressions;

namespace SchoolPortal.Benchmarks.PortfolioLoad;

/// <summary>
/// What the load client needs from the portal's sign-in form (Features/Accounts/Login.razor, a static server-rendered
/// EditForm named «login»): its hidden fields (the form handler name and the antiforgery token, which goes with the
/// antiforgery cookie of the same answer), the names of the login and password inputs, and the error text it shows.
/// </summary>
public static partial class LoginPage
{
    public const string Path = "/account/login";
    public const string ChangePasswordPath = "/account/change-password";
    public const string AuthCookie = "SchoolPortal.Auth";
    public const string LoginField = "Form.Login";
    public const string PasswordField = "Form.Password";

    /// <summary>The fields to post for <paramref name="login"/>; fails when the form no longer looks as expected.</summary>
    public static List<KeyValuePair<string, string>> Fields(string html, string login, string password)
    {
        var fields = HiddenInput().Matches(html)
            .Select(m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups["name"].Value), WebUtility.HtmlDecode(m.Groups["value"].Value)))
            .ToList();
        if (!fields.Exists(f => f.Key == "__RequestVerificationToken") || !html.Contains($"name=\"{LoginField}\"", StringComparison.Ordinal)
            || !html.Contains($"name=\"{PasswordField}\"", StringComparison.Ordinal))
            throw new PortfolioLoadException($"Форма входа {Path} не похожа на ожидаемую (нет токена защиты или полей {LoginField}, {PasswordField}).");
        fields.Add(new(LoginField, login));
        fields.Add(new(PasswordField, password));
        return fields;
    }

    /// <summary>The message the form shows after a refused sign-in, if any.</summary>
    public static string? Error(string html)
    {
        var match = ErrorBlock().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups["text"].Value).Trim() : null;
    }

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]*)" value="(?<value>[^"]*)"\s*/?>""")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("""data-testid="login-error"[^>]*>(?<text>[^<]*)<""")]
    private static partial Regex ErrorBlock();
}
