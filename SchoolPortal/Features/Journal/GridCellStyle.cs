using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.JSInterop;

namespace SchoolPortal.Features.Journal;

/// <summary>How grid cells look: their classes (read-only, focused, failed) and the save-state marker the tests read.</summary>
internal static class GridCellStyle
{
    public static string? Class(GridCell cell, string? extra, bool focused)
    {
        var problem = cell.Status is { IsProblem: true } status ? status.CssClass : null;
        if (problem is null && extra is null && !focused)
            return cell.IsEditable ? null : "ro";
        return string.Join(' ', new[] { extra, cell.IsEditable ? null : "ro", problem, focused ? "f" : null }.Where(c => c is not null));
    }

    /// <summary>«сохранение…», «сохранено» or «ошибка» in a small corner flag.</summary>
    public static RenderFragment Marker(GridCell cell) => builder => Marker(builder, cell);

    public static async Task FocusAsync(ElementReference input)
    {
        try
        {
            await input.FocusAsync();
        }
        catch (Exception e) when (e is JSException or JSDisconnectedException or InvalidOperationException)
        {
            // The row was replaced or the circuit is gone: nothing to focus.
        }
    }

    private static void Marker(RenderTreeBuilder builder, GridCell cell)
    {
        if (cell.Status is not { } status)
            return;
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", "cs " + status.CssClass);
        builder.AddAttribute(2, "data-testid", cell.StateTestId);
        builder.AddAttribute(3, "title", status.Message ?? status.Label);
        builder.AddContent(4, status.Label);
        builder.CloseElement();
    }
}
