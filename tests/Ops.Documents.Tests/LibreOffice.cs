using System.Diagnostics;
using Ops.Testing;

namespace Ops.Documents.Tests;

/// <summary>DOCX files as LibreOffice opens them: converted to UTF-8 text by its own filter.</summary>
internal static class LibreOffice
{
    /// <summary>The text of each file, in the order given.</summary>
    public static List<string> Text(params string[] docx)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/local/bin/soffice" }.FirstOrDefault(File.Exists);
        if (soffice is null) Assert.Skip(ToolSkip.Reason("LibreOffice is not installed: apt-get install libreoffice-writer"));
        var dir = Firm.TempDir();
        var psi = new ProcessStartInfo(soffice!, ["-env:UserInstallation=file://" + Path.Combine(dir, "profile"), "--headless",
            "--convert-to", "txt:Text (encoded):UTF8", "--outdir", dir, .. docx]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, "LibreOffice could not open the files: " + err.Result);
        return docx.Select(d => Path.Combine(dir, Path.GetFileNameWithoutExtension(d) + ".txt"))
            .Select(t => File.Exists(t) ? File.ReadAllText(t) : throw new InvalidOperationException("LibreOffice wrote no " + t)).ToList();
    }
}
