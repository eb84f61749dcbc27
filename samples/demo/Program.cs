using System.Reflection;
using Ops.Host.App;
using Ops.Samples.Demo;

// The host's build output holds the bundled plugins (plugins/<id>/); the demo runs ops from there.
static string Metadata(string key) =>
    typeof(DemoRunner).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value!;

var env = HostEnvironment.FromProcess() with { AppDirectory = Metadata("OpsHostOutDir") };
return DemoProgram.Run(args, env, Metadata("OpsSampleFirm"));
