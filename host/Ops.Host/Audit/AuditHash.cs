using System.Security.Cryptography;
using System.Text;

namespace Ops.Host.Audit;

/// <summary>The hash that chains audit events: SHA-256 over the length-prefixed fields of the event
/// and the previous event's hash, so no field can be changed or moved without breaking the chain.</summary>
internal static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Of(AuditEvent e, string prevHash)
    {
        var builder = new StringBuilder(256);
        foreach (var field in new[] { e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), e.At, e.Actor, e.RealActor,
                     e.Command, e.Action, e.Records, e.Result, e.Details, prevHash })
            builder.Append(field.Length).Append(':').Append(field).Append('|');
        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}

/// <summary>One row of <c>ops_audit</c>.</summary>
internal sealed record AuditEvent(
    long Id, string At, string Actor, string RealActor, string Command, string Action, string Records, string Result, string Details);
