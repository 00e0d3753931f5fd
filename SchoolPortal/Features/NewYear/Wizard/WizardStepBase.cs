using Microsoft.AspNetCore.Components;

namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>What every step's panel shares: the plan, the refresh callback, and running an edit with its message shown.</summary>
public abstract class WizardStepBase : ComponentBase
{
    [Parameter, EditorRequired]
    public WizardPlan Plan { get; set; } = null!;

    [Parameter]
    public EventCallback OnChanged { get; set; }

    protected string? Error { get; set; }

    protected bool Busy { get; set; }

    protected bool Editable => Plan.CanEdit && Plan.IsDraft;

    protected override Task OnParametersSetAsync() => LoadAsync();

    protected abstract Task LoadAsync();

    /// <summary>Runs one edit; on success reloads the panel and the plan's checklist, on refusal shows why.</summary>
    protected async Task<bool> RunAsync(Func<Task<WizardResult>> edit)
    {
        Busy = true;
        try
        {
            var result = await edit();
            Error = result.Error;
            if (result.Ok)
                await OnChanged.InvokeAsync();
            return result.Ok;
        }
        finally
        {
            Busy = false;
        }
    }
}
