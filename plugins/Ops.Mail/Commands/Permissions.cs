namespace Ops.Mail.Commands;

internal static class Permissions
{
    public const string Policy = "mail.policy";
    public const string Generate = "mail.generate";
}
