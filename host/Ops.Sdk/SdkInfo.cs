namespace Ops.Sdk;

/// <summary>The version of the contract, checked against each plugin's declared SDK range.</summary>
public static class SdkInfo
{
    /// <summary>Semantic version of this SDK. A minor bump only adds; a major bump may break plugins.</summary>
    public static Version Version => typeof(SdkInfo).Assembly.GetName().Version ?? new Version(1, 0, 0);
}
