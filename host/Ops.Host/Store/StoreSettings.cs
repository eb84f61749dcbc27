namespace Ops.Host.Store;

/// <summary>Facts about the store itself, fixed when it is created (<c>ops_store_settings</c>).</summary>
internal static class StoreSettings
{
    private const string Sandbox = "sandbox";

    public static bool IsSandbox(IHostStore store) =>
        store.Scalar<string>("SELECT value FROM ops_store_settings WHERE key = $Key", new { Key = Sandbox }) == "true";

    public static void MarkSandbox(IHostStore store) =>
        store.Write(() => store.Execute("INSERT INTO ops_store_settings (key, value) VALUES ($Key, 'true')", new { Key = Sandbox }));
}
