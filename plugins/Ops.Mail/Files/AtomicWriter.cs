using System.Text;
using Ops.Mail.Targets;

namespace Ops.Mail.Files;

/// <summary>Writes generated files so that a reader (or a crash) never sees half of one: each file goes to a
/// temporary file in the same folder, is flushed, then renamed over the old one.</summary>
public static class AtomicWriter
{
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string directory, IEnumerable<GeneratedFile> files)
    {
        Directory.CreateDirectory(directory);
        foreach (var f in files)
        {
            var target = Path.Combine(directory, f.Name);
            var temp = Path.Combine(directory, $".{f.Name}.{Guid.NewGuid():N}.tmp");
            try
            {
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
                {
                    var bytes = Utf8.GetBytes(f.Content);
                    stream.Write(bytes);
                    stream.Flush(flushToDisk: true);
                }
                File.Move(temp, target, overwrite: true);
            }
            finally
            {
                if (File.Exists(temp)) File.Delete(temp);
            }
        }
    }
}
