using Xunit.Abstractions;
using Xunit.Sdk;

namespace Bot.Tests.Storage;

/// <summary>Marks a spec class whose specs run against PostgreSQL (<see cref="TestPostgres"/>).</summary>
internal interface IRunsOnPostgres;

/// <summary>A storage spec written once in an abstract class and run by a subclass per provider: in a subclass that
/// runs on PostgreSQL it is reported skipped, with the reason, when no server is configured (never a silent pass).</summary>
[XunitTestCaseDiscoverer("Bot.Tests.Storage.StorageFactDiscoverer", "Bot.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StorageFactAttribute : FactAttribute;

/// <summary>A spec that only means something on PostgreSQL (several instances on one database).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = TestPostgres.SkipReason;
}

public sealed class StorageFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        [new StorageTestCase(diagnostics, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), testMethod)];
}

/// <summary>Decides the skip from the class that runs the spec, which the attribute on the base method cannot see.</summary>
public sealed class StorageTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public StorageTestCase()
    {
    }

    public StorageTestCase(IMessageSink diagnostics, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod)
        : base(diagnostics, display, displayOptions, testMethod)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        typeof(IRunsOnPostgres).IsAssignableFrom(TestMethod.TestClass.Class.ToRuntimeType())
            ? TestPostgres.SkipReason ?? base.GetSkipReason(factAttribute)
            : base.GetSkipReason(factAttribute);
}
