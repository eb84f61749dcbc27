using Ops.Host.App;

return OpsApp.Run(args, HostEnvironment.FromProcess());
