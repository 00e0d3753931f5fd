namespace SchoolPortal.Infrastructure.Access;

public interface ICurrentUser
{
    Task<PortalUser> GetAsync();
}
