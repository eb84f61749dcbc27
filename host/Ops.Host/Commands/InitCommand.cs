using System.CommandLine;
using Ops.Host.Access;
using Ops.Host.App;
using Ops.Host.Staff;
using Ops.Sdk.Errors;
using Ops.Sdk.Cli;

namespace Ops.Host.Commands;

/// <summary><c>ops init</c>: creates the store and makes the OS user running it the first admin.</summary>
internal static class InitCommand
{
    public static Command Create(OpsSession s)
    {
        var name = Args.Text("--name", "Your full name (default: your OS login)");
        var login = Args.Text("--login", "Your staff login (default: your OS login)", "LOGIN");
        var email = Args.Text("--email", "Your e-mail", "ADDRESS");
        var sandbox = new Option<bool>("--sandbox")
        {
            Description = "A store for demos and tests: OPS_NOW and OPS_OS_LOGIN may then pin its clock and who acts (never on a server)",
        };
        var command = new Command("init", "Create the store (mode 0600) and make you, the OS user running this, its first admin")
        {
            name, login, email, sandbox,
        };
        command.WithExamples("ops init --name \"Сергей Админов\" --login admin --email admin@balans.example", "ops init --sandbox   # a store for a demo or a test, never on a server");
        command.SetAction(parse =>
        {
            var osLogin = s.OsLogin;
            var staffLogin = (parse.GetValue(login) ?? osLogin).ToLowerInvariant();
            StaffRules.ValidateLogin(staffLogin);
            var emailValue = parse.GetValue(email) ?? "";
            if (emailValue.Length > 0) StaffRules.ValidateEmail(emailValue);
            var store = s.CreateStore(parse.GetValue(sandbox));
            s.PluginStates.Change(store, () =>
            {
                Grants.SeedHost(store, s.Env.Clock.GetUtcNow());
                store.Execute("""
                    INSERT INTO ops_staff (login, os_login, full_name, role, email, hire_date, status)
                    VALUES ($Login, $OsLogin, $Name, $Role, $Email, $Today, 'active')
                    """, new
                {
                    Login = staffLogin, OsLogin = osLogin, Name = parse.GetValue(name) ?? osLogin, Role = Identity.Identity.AdminRole,
                    Email = emailValue, Today = s.Today,
                });
                // With no store yet, every sound plugin counts as enabled: a new firm starts with all it has.
                foreach (var entry in s.Catalog.Usable)
                    s.PluginStates.Enable(entry);
                s.Audit.Append(staffLogin, staffLogin, "ops.init", ["staff:" + staffLogin], "ok", s.DbPath);
            });
            s.Output.Message(s.Store.Engine == Store.StoreEngine.Sqlite ? $"Created the store at {s.DbPath} (readable by you only)." : $"Created the store in {s.Store.Describe}.");
            s.Output.Message($"You ({osLogin}) are its first admin, as staff login '{staffLogin}'.");
            var enabled = s.Catalog.Usable.Select(e => e.Id).ToList();
            s.Output.Message(enabled.Count > 0 ? $"Enabled plugins: {string.Join(", ", enabled)}." : "No plugins found.");
            s.Output.Message("Next: ops firm set --name \"…\" --inn … ; ops staff add …");
            return ExitCodes.Ok;
        });
        return command;
    }
}
