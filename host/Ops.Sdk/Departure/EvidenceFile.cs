namespace Ops.Sdk.Departure;

/// <summary>One file a plugin contributes to an evidence pack (<c>ops case export</c>).</summary>
/// <param name="FileName">A file name inside the pack, without folders, prefixed with the plugin id: <c>documents.signatures.csv</c>.</param>
/// <param name="Title">What the file shows, in the pack's index.</param>
/// <param name="Content">The file's bytes.</param>
public sealed record EvidenceFile(string FileName, string Title, ReadOnlyMemory<byte> Content);
