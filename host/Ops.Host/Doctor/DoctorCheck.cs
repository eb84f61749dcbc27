namespace Ops.Host.Doctor;

/// <summary>One thing <c>ops doctor</c> looked at: whether it is right, what it found, and how to put it right.</summary>
internal sealed record DoctorCheck(string Name, bool Ok, string Detail, string? Fix = null)
{
    public static DoctorCheck Pass(string name, string detail) => new(name, true, detail);

    public static DoctorCheck Fail(string name, string detail, string fix) => new(name, false, detail, fix);
}
