using MudBlazor;

namespace SchoolPortal.Features.Enrollment;

/// <summary>Opens <see cref="EnrollmentConfirmDialog"/> the same way on every page of «Зачисление».</summary>
public static class EnrollmentDialogs
{
    /// <returns>The reason and comment given, or null when the user cancelled.</returns>
    public static async Task<ActionConfirmation?> ConfirmAsync(this IDialogService dialogs, string title, IReadOnlyList<string> lines, string confirmText,
        Color color = Color.Primary, bool askReason = false, string? commentLabel = null, bool commentRequired = false)
    {
        var parameters = new DialogParameters<EnrollmentConfirmDialog>
        {
            { d => d.Lines, lines },
            { d => d.ConfirmText, confirmText },
            { d => d.Color, color },
            { d => d.AskReason, askReason },
            { d => d.CommentLabel, commentLabel },
            { d => d.CommentRequired, commentRequired },
        };
        var dialog = await dialogs.ShowAsync<EnrollmentConfirmDialog>(title, parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        return await dialog.Result is { Canceled: false, Data: ActionConfirmation confirmation } ? confirmation : null;
    }
}
