using Ops.Host.App;
using Ops.Sdk;
using Ops.Sdk.Directory;
using Ops.Sdk.Errors;
using Ops.Sdk.Store;

namespace Ops.Host.Identity;

/// <summary>Maps the OS login to a staff member and applies <c>--as</c>, which only admins may use.</summary>
internal static class Identity
{
    public const string AdminRole = "admin";

    private static StaffMember StaffOf(OpsSession session, string osLogin)
    {
        if (session.Staff.FindByOsLogin(osLogin) is { } member) return member;
        var refusal = new AccessDeniedException(
            $"OS user '{osLogin}' is not in the staff directory of the store at {session.DbPath}",
            $"ask an admin to add you: ops staff add {osLogin} --name \"…\" --role …");
        if (session.Deployment.IsConfigured)
            session.Audit.Append("os:" + osLogin, "os:" + osLogin, "access.refused", [], "denied", refusal.Message);
        throw refusal;
    }

    /// <summary>Run by the service account itself (cron, a hook): it acts as the staff login the configuration names.</summary>
    private static StaffMember ServiceStaff(OpsSession session)
    {
        var config = session.Deployment.Config!;
        if (config.ServiceLogin is not { } login)
            throw new AccessDeniedException(
                $"run as the service account '{config.Account}' without sudo, Ops acts only for the service_login of {config.Path}, which is not set",
                $"people use: sudo -u {config.Account} ops …; for cron, set service_login = LOGIN in {config.Path}");
        return session.Staff.Find(login)
               ?? throw new AccessDeniedException($"service_login '{login}' of {config.Path} is not in the staff directory",
                   $"add it: sudo -u {config.Account} ops staff add {login} --name \"…\" --role …");
    }

    public static Actor Resolve(OpsSession session)
    {
        var real = session.Deployment.IsServiceAccountRun ? ServiceStaff(session) : StaffOf(session, session.OsLogin);
        if (real.HasLeft(session.Today))
            throw new AccessDeniedException(
                $"{real.Login} has left the firm{(real.LastWorkingDay is { } d ? " (last working day " + d.ToIso() + ")" : "")} and holds no access");

        if (session.Args.As is not { } asLogin || asLogin == real.Login)
            return new Actor(real.Login, real.Login, real.Role, real.Team);

        if (real.Role != AdminRole)
        {
            session.Audit.Append(real.Login, real.Login, "access.impersonate", ["staff:" + asLogin], "denied",
                $"--as {asLogin} refused: {real.Login} is {real.Role}, not admin");
            throw new AccessDeniedException($"--as is for admins only; {real.Login} has role {real.Role}",
                "run the command as yourself, without --as");
        }
        var target = session.Staff.Find(asLogin)
                     ?? throw new NotFoundException($"--as {asLogin}: no such person in the staff directory", "see: ops staff list");
        session.Audit.Append(target.Login, real.Login, "access.impersonate", ["staff:" + target.Login], "ok",
            $"{real.Login} acts as {target.Login}");
        return new Actor(target.Login, real.Login, target.Role, target.Team);
    }
}
