namespace Ops.Sdk;

/// <summary>The firm that owns the store. Empty strings where the admin has not set a value yet.</summary>
public sealed record FirmProfile(
    string Name,
    string Inn,
    string Ogrn,
    string Address,
    string Director,
    string Domain,
    string SharedMailbox,
    string ArchiveMailbox);
