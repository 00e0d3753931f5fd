using MudBlazor;

namespace SchoolPortal.Features.Duplicates;

/// <summary>Shows <see cref="DuplicateConfirmDialog"/> and tells whether the user confirmed.</summary>
internal static class DuplicateDialogs
{
    public static async Task<bool> ConfirmAsync(IDialogService dialogs, string title, IReadOnlyList<string> lines, string confirmText, Color color)
    {
        var parameters = new DialogParameters<DuplicateConfirmDialog>
        {
            { d => d.Lines, lines },
            { d => d.ConfirmText, confirmText },
            { d => d.Color, color },
        };
        var dialog = await dialogs.ShowAsync<DuplicateConfirmDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        return result is { Canceled: false };
    }

    public static string LastLogin(DateTimeOffset? at) => at is { } t ? Infrastructure.CardCalendar.Format(t) : "не входил(а)";
}
