namespace Ops.Samples.Calls.Import;

/// <summary>The peer (extension or trunk name) in an Asterisk channel name.</summary>
internal static class Channel
{
    /// <summary>"SIP/101-0000001a" → "101", "PJSIP/trunk-mts-00000002" → "trunk-mts",
    /// "Local/101@from-internal-00000003;1" → "101", "" → null.</summary>
    public static string? Peer(string channel)
    {
        var c = channel.Trim();
        if (c.Length == 0) return null;
        var slash = c.IndexOf('/');
        if (slash >= 0) c = c[(slash + 1)..];
        var at = c.IndexOf('@');
        if (at >= 0) return at == 0 ? null : c[..at];
        // Asterisk appends "-" and a hex sequence number to the peer name.
        var dash = c.LastIndexOf('-');
        if (dash > 0 && c[(dash + 1)..].All(char.IsAsciiHexDigit)) c = c[..dash];
        return c.Length == 0 ? null : c;
    }
}
