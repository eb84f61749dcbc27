using BenchmarkDotNet.Attributes;

namespace Ops.Bench.Micro;

/// <summary>Contact masking (plugins/Ops.Clients/Access/Mask.cs), applied to every contact point a viewer without
/// <c>clients.contacts</c> sees: per value, so a 100,000-client listing calls it hundreds of thousands of times.</summary>
[MemoryDiagnoser]
public class MaskBenchmarks
{
    private Func<string, string> _phone = null!, _email = null!, _person = null!;

    [GlobalSetup]
    public void Setup()
    {
        var clients = Internals.Plugin("clients", "Ops.Clients");
        _phone = Internals.Bind<Func<string, string>>(clients, "Ops.Clients.Access.Mask", "Phone");
        _email = Internals.Bind<Func<string, string>>(clients, "Ops.Clients.Access.Mask", "Email");
        _person = Internals.Bind<Func<string, string>>(clients, "Ops.Clients.Access.Mask", "Person");
    }

    [Benchmark] public string Phone() => _phone("+79125550112");
    [Benchmark] public string Email() => _email("ivan.petrov@client-company.ru");
    [Benchmark] public string Person() => _person("Иванова Анна Сергеевна");
}
