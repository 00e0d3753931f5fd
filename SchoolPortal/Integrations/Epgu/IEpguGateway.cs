namespace SchoolPortal.Integrations.Epgu;

/// <summary>
/// Hands a portfolio message to EPGU. The default (<see cref="OutboxEpguGateway"/>) writes it into an outbox folder for the
/// SMEV adapter; another transport is another implementation of this interface, chosen by <c>Epgu:Gateway</c>.
/// </summary>
public interface IEpguGateway
{
    /// <summary>Delivers the message or throws; a message that was not delivered is sent again on the next run.</summary>
    Task SendAsync(EpguMessage message, CancellationToken ct);
}
