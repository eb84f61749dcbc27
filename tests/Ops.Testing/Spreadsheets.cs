using System.Diagnostics;
using System.IO.Compression;
using MiniExcelLibs;

namespace Ops.Testing;

/// <summary>Reads what Ops writes for spreadsheets with real readers: MiniExcel (cells with their types) and LibreOffice
/// Calc (headless conversion, as a person's office suite opens the file).</summary>
public static class Spreadsheets
{
    /// <summary>The rows of the first sheet, keyed by the header row, values typed as the cells are (double, string, DateTime).</summary>
    public static List<IDictionary<string, object?>> ReadXlsx(string path) =>
        MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

    /// <summary>Every XML part of the workbook as text (to prove what is, and is not, inside it).</summary>
    public static string AllXml(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return string.Concat(zip.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }

    private static string? Soffice =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "soffice")).FirstOrDefault(File.Exists);

    /// <summary>What to install when LibreOffice Calc is missing (for <c>Assert.Skip(ToolSkip.Reason(…))</c>), else null.</summary>
    public static string? LibreOfficeCalcMissing =>
        Soffice is not null && File.Exists("/usr/lib/libreoffice/program/libsclo.so") ? null
            : "LibreOffice Calc is not installed: apt-get install -y libreoffice-calc";

    /// <summary>Converts <paramref name="path"/> with LibreOffice into <paramref name="filter"/> (e.g. a csv filter with its
    /// options), reading it with <paramref name="inFilter"/> if given; returns the converted file.</summary>
    public static string LibreOffice(string path, string extension, string filter, string? inFilter = null)
    {
        var soffice = Soffice ?? throw new InvalidOperationException(LibreOfficeCalcMissing);
        var outDir = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(path)!, "converted-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        var profile = "file://" + Path.Combine(Path.GetTempPath(), "ops-lo-" + Guid.NewGuid().ToString("N")[..8]);
        var info = new ProcessStartInfo(soffice!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-env:UserInstallation=" + profile, "--headless" }) info.ArgumentList.Add(a);
        if (inFilter is not null) info.ArgumentList.Add("--infilter=" + inFilter);
        foreach (var a in new[] { "--convert-to", $"{extension}:{filter}", "--outdir", outDir, path }) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        var result = Path.Combine(outDir, Path.GetFileNameWithoutExtension(path) + "." + extension);
        return p.ExitCode == 0 && File.Exists(result) ? result
            : throw new InvalidOperationException($"LibreOffice did not convert {path} (exit {p.ExitCode}): {err.Result}");
    }
}
