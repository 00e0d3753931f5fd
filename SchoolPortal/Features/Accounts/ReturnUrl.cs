namespace SchoolPortal.Features.Accounts;

/// <summary>
/// The one check for every address the portal returns to after signing in (password, ESIA, linking) or out: a path of this
/// portal, as <c>LocalRedirect</c> would accept it, and still one after another round of percent-decoding, since browsers
/// and proxies differ in what they decode. Anything else, <c>/\evil</c>, <c>//evil</c>, <c>/%5Cevil</c>, a tab
/// (<c>/%09/evil</c>), <c>http://evil</c>, goes to the home page.
/// </summary>
public static class ReturnUrl
{
    public const string Home = "/";

    /// <summary>A path on this portal: one leading «/», no «//» or «/\» start, no backslash or control character anywhere.</summary>
    public static bool IsLocal(string? url) => IsLocal(url, decodeRounds: 2);

    /// <summary>Where to go after signing in: <paramref name="url"/> when it is local and outside /account, else the home page.</summary>
    public static string Safe(string? url) =>
        IsLocal(url) && !IsAccountPage(url!) && !IsAccountPage(Uri.UnescapeDataString(url!)) ? url! : Home;

    private static bool IsLocal(string? url, int decodeRounds)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/')
            return false;
        if (url.Length > 1 && url[1] is '/' or '\\')
            return false;
        foreach (var c in url)
        {
            // Browsers drop tabs and line breaks from addresses («/\t/evil» becomes «//evil») and read «\» as «/».
            if (char.IsControl(c) || c == '\\')
                return false;
        }
        if (decodeRounds == 0)
            return true;
        var decoded = Uri.UnescapeDataString(url);
        return decoded == url || IsLocal(decoded, decodeRounds - 1);
    }

    private static bool IsAccountPage(string url) =>
        url.Equals("/account", StringComparison.OrdinalIgnoreCase) || url.StartsWith("/account/", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("/account?", StringComparison.OrdinalIgnoreCase);
}
