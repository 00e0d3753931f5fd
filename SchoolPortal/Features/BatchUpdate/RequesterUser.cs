using SchoolPortal.Domain.Accounts;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Operations;

namespace SchoolPortal.Features.BatchUpdate;

/// <summary>
/// The school administrator who started a long operation, as the services see them inside the job (no circuit there):
/// the page only starts batch operations for a school administrator, so the run acts with that role in that school.
/// </summary>
public sealed class RequesterUser(OperationRun run) : ICurrentUser
{
    public Task<PortalUser> GetAsync() => Task.FromResult(new PortalUser(run.RequestedByAccountId ?? 0, run.RequestedByLogin, run.RequestedByLogin,
        Role.SchoolAdmin, run.SchoolId, null));
}
