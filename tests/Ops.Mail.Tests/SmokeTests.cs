namespace Ops.Mail.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Director_generates_every_target()
    {
        using var store = MailFirm.Create();
        var dir = MailFirm.Generate(store, "all", "sidorova");
        Console.Error.WriteLine(dir);
        foreach (var f in Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Order())
            Console.Error.WriteLine("=== " + f + "\n" + File.ReadAllText(f));
        File.Copy(Path.Combine(dir, "sieve", "ops-mail.sieve"), "/tmp/mail-smoke.sieve", true);
        foreach (var f in Directory.GetFiles(dir, "*", SearchOption.AllDirectories))
            File.Copy(f, "/tmp/mail-smoke-" + Path.GetFileName(Path.GetDirectoryName(f)) + "-" + Path.GetFileName(f), true);
    }
}
