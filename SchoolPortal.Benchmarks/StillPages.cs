namespace SchoolPortal.Benchmarks;

/// <summary>
/// An init script for a browser context whose pages show no CSS animation or transition (MudBlazor's ripples, spinners,
/// popover fades, a text field's label sliding when its value comes or goes). Headless Chromium without a GPU draws every
/// animated frame in software, on the cores the portal runs on; a page that moves nothing draws one frame per change.
/// The browser tests and the <c>journal-circuits</c> teachers use it: they check what a page says and time the server's
/// answer, never how a page moves.
/// </summary>
public static class StillPages
{
    public const string Script = """
        (() => {
          const add = () => {
            const style = document.createElement('style');
            style.textContent = '*, *::before, *::after { animation: none !important; transition: none !important; }';
            (document.head || document.documentElement).appendChild(style);
          };
          if (document.documentElement) add(); else document.addEventListener('DOMContentLoaded', add);
        })();
        """;
}
