using System.Text;
using System.Text.Encodings.Web;

namespace SchoolPortal.Benchmarks.PortfolioLoad;

/// <summary>
/// The text that proves the answer is the expected page, searched in the raw UTF-8 body on every response (cheap: no
/// decoding). Blazor writes literal template text as is but HTML-encodes rendered strings (Cyrillic becomes
/// <c>&amp;#x43E;</c>…), so both spellings count.
/// </summary>
public sealed class PageMarker
{
    private readonly byte[] _literal;
    private readonly byte[] _encoded;

    public PageMarker(string text)
    {
        Text = text;
        _literal = Encoding.UTF8.GetBytes(text);
        _encoded = Encoding.UTF8.GetBytes(HtmlEncoder.Default.Encode(text));
    }

    public string Text { get; }

    public bool FoundIn(ReadOnlySpan<byte> body) => body.IndexOf(_literal) >= 0 || body.IndexOf(_encoded) >= 0;
}
