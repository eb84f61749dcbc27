namespace Ops.Sdk.Access;

/// <summary>Whether a granted scope reaches one record, and why — for <c>ops access explain LOGIN PERMISSION RECORD</c>.</summary>
/// <param name="Reaches">True when the scope covers the record.</param>
/// <param name="Reason">What ties the person to the record (or that nothing does), for people to read.</param>
public sealed record RecordReach(bool Reaches, string Reason);
