using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace SchoolPortal.Tests.TestKit;

/// <summary>
/// Typing into a MudBlazor 9 text field in bunit: the field hands the value on asynchronously, so a form submitted or a key
/// pressed straight after the input may still see the old value. These wait until the input shows the typed text.
/// </summary>
internal static class TypingExtensions
{
    public static IElement Type<T>(this IRenderedComponent<T> cut, string selector, string text) where T : IComponent
    {
        cut.Find(selector).Input(text);
        cut.WaitForAssertion(() => Assert.Equal(text, cut.Find(selector).GetAttribute("value")));
        return cut.Find(selector);
    }
}
