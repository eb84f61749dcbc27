using System.Linq.Expressions;
using System.Reflection;
using Ops.Testing;

namespace Ops.Bench.Micro;

/// <summary>Delegates to the host's and plugins' internal hot-path functions, bound once by reflection so a call
/// costs what a direct call costs. Nothing here changes or copies their code.</summary>
internal static class Internals
{
    private const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;

    public static Assembly Plugin(string id, string assembly) =>
        Assembly.LoadFrom(Path.Combine(OpsTestStore.HostOutDir, "plugins", id, assembly + ".dll"));

    public static Assembly Host => typeof(OpsTestStore).Assembly.GetReferencedAssemblies()
        .Where(n => n.Name == "ops").Select(Assembly.Load).Single();

    public static T Bind<T>(Assembly assembly, string type, string method) where T : Delegate
    {
        var t = assembly.GetType(type, throwOnError: true)!;
        var m = t.GetMethod(method, Static, typeof(T).GetMethod("Invoke")!.GetParameters().Select(p => p.ParameterType).ToArray())
                ?? throw new MissingMethodException(type, method);
        return m.CreateDelegate<T>();
    }

    /// <summary>(event, prevHash) → hash: host/Ops.Host/Audit/AuditHash.Of, whose event type is internal.</summary>
    public static (Func<object, string, string> Of, Func<object[], object> NewEvent) AuditHash()
    {
        var host = Host;
        var eventType = host.GetType("Ops.Host.Audit.AuditEvent", throwOnError: true)!;
        var of = host.GetType("Ops.Host.Audit.AuditHash", throwOnError: true)!.GetMethod("Of", Static)!;
        var e = Expression.Parameter(typeof(object));
        var prev = Expression.Parameter(typeof(string));
        var call = Expression.Lambda<Func<object, string, string>>(Expression.Call(of, Expression.Convert(e, eventType), prev), e, prev).Compile();
        return (call, fields => Activator.CreateInstance(eventType, fields)!);
    }
}
