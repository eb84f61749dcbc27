namespace Ops.Sdk.Access;

/// <summary>How far a grant reaches, narrowest first. The owning plugin decides what each means for its records.</summary>
public enum Scope
{
    /// <summary>Records that belong to the actor personally.</summary>
    Own = 1,
    /// <summary>Records the actor is currently assigned to.</summary>
    Assigned = 2,
    /// <summary>Records assigned to anyone in the actor's team.</summary>
    Team = 3,
    /// <summary>Every record.</summary>
    All = 4,
}
