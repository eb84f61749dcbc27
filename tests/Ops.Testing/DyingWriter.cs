using System.Text;

namespace Ops.Testing;

/// <summary>Stdout that dies after <paramref name="allowed"/> characters, as a killed pipe or a full disk would:
/// a listing run into it shows at most its first line, so whatever is on record was recorded before that.</summary>
public sealed class DyingWriter(int allowed) : TextWriter
{
    private int _written;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (++_written > allowed) throw new IOException("killed");
    }
}
