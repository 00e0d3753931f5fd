namespace SchoolPortal.Features.Access;

public interface ICurrentUser
{
    Task<PortalUser> GetAsync();
}
