// Size breakdown of a Native AOT publish (issue 16, BENCHMARKS.md "What makes the AOT executable 46 MB").
// Publish with the compiler's size report, then read it:
//   dotnet publish src/Bot -c Release -r linux-x64 -p:PublishAot=true -p:IlcGenerateMstatFile=true -o DIR
//   dotnet run tests/Tools/mstat-report.cs -- src/Bot/obj/Release/net10.0/linux-x64/native/Bot.mstat [category|assembly|namespace|type] [TOP]
// The .mstat is a metadata-only assembly whose <Module> methods list, as IL (ldtoken/ldstr + ldc.i4 operands), every
// compiled method (code, GC info, EH info sizes), every type (its MethodTable size), the frozen objects and the named
// data blobs. A generic instantiation is charged to the first non-framework assembly among its type arguments
// (List<Update> counts for Telegram.Bot, not CoreLib), so a library's JSON context shows its full cost.
using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

var groupBy = args.Length > 1 ? args[1] : "category";
var top = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 40;
using var pe = new PEReader(File.OpenRead(args[0]));
var md = pe.GetMetadataReader();
var names = new Names(md);
var code = new Dictionary<string, long>();
var types = new Dictionary<string, long>();
var frozen = new Dictionary<string, long>();
var blobs = new List<(string Name, long Size)>();

foreach (var handle in md.GetTypeDefinition(MetadataTokens.TypeDefinitionHandle(1)).GetMethods())
{
    var method = md.GetMethodDefinition(handle);
    var section = md.GetString(method.Name);
    // Operands per record in mstat format 2.x.
    var width = section switch { "Methods" => 5, "Types" or "RvaFields" or "ManifestResources" => 3, "Blobs" => 2, _ => 4 };
    foreach (var r in Records(pe.GetMethodBody(method.RelativeVirtualAddress).GetILReader(), width))
    {
        switch (section)
        {
            case "Methods": Add(code, Key(MethodOwner((EntityHandle)r[0])), (int)r[1] + (int)r[2] + (int)r[3]); break;
            case "Types": Add(types, Key(TypeOf((EntityHandle)r[0])), (int)r[1]); break;
            case "FrozenObjects": Add(frozen, Key(TypeOf((EntityHandle)r[0])), (int)r[1]); break;
            case "Blobs": blobs.Add(((string)r[0], (int)r[1])); break;
        }
    }
}

Console.WriteLine($"code {Mb(code.Values.Sum())}, type data {Mb(types.Values.Sum())}, frozen objects {Mb(frozen.Values.Sum())}, blobs {Mb(blobs.Sum(b => b.Size))} (MB; code includes GC and EH info)");
Console.WriteLine($"{"",-70} {"code KB",8} {"types KB",8} {"frozen KB",9}");
foreach (var key in code.Keys.Union(types.Keys).OrderByDescending(k => code.GetValueOrDefault(k) + types.GetValueOrDefault(k)).Take(top))
{
    Console.WriteLine($"{key,-70} {code.GetValueOrDefault(key) / 1024,8} {types.GetValueOrDefault(key) / 1024,8} {frozen.GetValueOrDefault(key) / 1024,9}");
}

Console.WriteLine("blobs (KB):");
foreach (var (name, size) in blobs.OrderByDescending(b => b.Size).Take(12)) Console.WriteLine($"  {name,-68} {size / 1024,8}");

static string Mb(long bytes) => (bytes / 1e6).ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
static void Add(Dictionary<string, long> totals, string key, long size) => totals[key] = totals.GetValueOrDefault(key) + size;

string Key(TypeName t) => groupBy switch
{
    "assembly" => t.Owner,
    "namespace" => $"{t.Owner} | {t.Namespace}",
    "type" => $"{t.Owner} | {t.Namespace}.{t.Name}",
    _ => Category(t.Owner),
};

static string Category(string assembly) => assembly switch
{
    "Bot" or "Bot.Core" => "ours (Bot, Bot.Core)",
    "Telegram.Bot" => "Telegram.Bot (with its JSON context)",
    "Ical.Net" or "NodaTime" => "Ical.Net + NodaTime",
    "Dapper.AOT" or "Microsoft.Data.Sqlite" => "Microsoft.Data.Sqlite + Dapper.AOT",
    "System.Text.Json" => "System.Text.Json (its own code)",
    _ when assembly.StartsWith("SQLitePCLRaw", StringComparison.Ordinal) => "Microsoft.Data.Sqlite + Dapper.AOT",
    _ when assembly.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || assembly == "Microsoft.Net.Http.Headers" => "ASP.NET Core + Kestrel (webhook)",
    _ when assembly.StartsWith("Microsoft.Extensions", StringComparison.Ordinal) => "Microsoft.Extensions.* (hosting, DI, configuration, logging)",
    _ when assembly.StartsWith("System.Private.", StringComparison.Ordinal) => "System.Private.* (CoreLib, reflection, type loader, Uri)",
    _ when assembly.StartsWith("System.Net", StringComparison.Ordinal) || assembly.StartsWith("System.Security", StringComparison.Ordinal) || assembly == "System.Formats.Asn1" => "System.Net.* + cryptography (HTTP, TLS, sockets)",
    _ when assembly.StartsWith("System", StringComparison.Ordinal) => "other System.* (LINQ, collections, regex...)",
    _ => assembly,
};

IEnumerable<object[]> Records(BlobReader il, int width)
{
    var operands = new List<object>();
    while (il.RemainingBytes > 0)
    {
        var op = il.ReadByte();
        switch (op)
        {
            case 0xD0: operands.Add(MetadataTokens.EntityHandle(il.ReadInt32())); break; // ldtoken
            case 0x72: operands.Add(md.GetUserString(MetadataTokens.UserStringHandle(il.ReadInt32() & 0xFFFFFF))); break; // ldstr
            case 0x20: operands.Add(il.ReadInt32()); break; // ldc.i4
            case 0x1F: operands.Add((int)il.ReadSByte()); break; // ldc.i4.s
            case >= 0x15 and <= 0x1E: operands.Add(op - 0x16); break; // ldc.i4.m1 .. ldc.i4.8
            case 0x26 or 0x2A or 0x00: continue; // pop, ret, nop
            default: throw new InvalidDataException($"unexpected opcode 0x{op:X2}: not an mstat 2.x file?");
        }

        if (operands.Count == width)
        {
            yield return [.. operands];
            operands.Clear();
        }
    }
}

TypeName TypeOf(EntityHandle h) => h.Kind switch
{
    HandleKind.TypeReference => names.GetTypeFromReference(md, (TypeReferenceHandle)h, 0),
    HandleKind.TypeSpecification => md.GetTypeSpecification((TypeSpecificationHandle)h).DecodeSignature(names, null),
    _ => new TypeName("(unknown)", "", h.Kind.ToString(), true),
};

TypeName MethodOwner(EntityHandle h)
{
    TypeName? argumentOwner = null;
    if (h.Kind == HandleKind.MethodSpecification)
    {
        var spec = md.GetMethodSpecification((MethodSpecificationHandle)h);
        argumentOwner = spec.DecodeSignature(names, null).FirstOrDefault(a => !a.IsFramework);
        h = spec.Method;
    }

    if (h.Kind != HandleKind.MemberReference) return new TypeName("(unknown)", "", h.Kind.ToString(), true);
    var owner = TypeOf(md.GetMemberReference((MemberReferenceHandle)h).Parent);
    return owner.IsFramework && argumentOwner is not null ? owner with { Owner = argumentOwner.Owner, IsFramework = false } : owner;
}

internal sealed record TypeName(string Owner, string Namespace, string Name, bool IsFramework)
{
    public static bool FromFramework(string assembly) =>
        assembly.StartsWith("System", StringComparison.Ordinal) || assembly.StartsWith("Microsoft.", StringComparison.Ordinal);
}

/// <summary>Names a type by its assembly, or by the first non-framework assembly among its generic arguments.</summary>
internal sealed class Names(MetadataReader md) : ISignatureTypeProvider<TypeName, object?>
{
    private static readonly TypeName Primitive = new("System.Private.CoreLib", "System", "(primitive)", true);

    public TypeName GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
    {
        var type = md.GetTypeReference(handle);
        var name = md.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            var outer = GetTypeFromReference(reader, (TypeReferenceHandle)type.ResolutionScope, rawTypeKind);
            return outer with { Name = $"{outer.Name}+{name}" };
        }

        var assembly = type.ResolutionScope.Kind == HandleKind.AssemblyReference
            ? md.GetString(md.GetAssemblyReference((AssemblyReferenceHandle)type.ResolutionScope).Name)
            : "(unknown)";
        return new TypeName(assembly, md.GetString(type.Namespace), name, TypeName.FromFramework(assembly));
    }

    public TypeName GetGenericInstantiation(TypeName generic, ImmutableArray<TypeName> arguments) =>
        !generic.IsFramework || arguments.FirstOrDefault(a => !a.IsFramework) is not { } owner
            ? generic
            : generic with { Owner = owner.Owner, IsFramework = false };

    public TypeName GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => new("(mstat)", "", "", true);
    public TypeName GetTypeFromSpecification(MetadataReader reader, object? context, TypeSpecificationHandle handle, byte rawTypeKind) =>
        md.GetTypeSpecification(handle).DecodeSignature(this, context);
    public TypeName GetArrayType(TypeName elementType, ArrayShape shape) => elementType;
    public TypeName GetSZArrayType(TypeName elementType) => elementType;
    public TypeName GetByReferenceType(TypeName elementType) => elementType;
    public TypeName GetPointerType(TypeName elementType) => elementType;
    public TypeName GetPinnedType(TypeName elementType) => elementType;
    public TypeName GetModifiedType(TypeName modifier, TypeName unmodifiedType, bool isRequired) => unmodifiedType;
    public TypeName GetFunctionPointerType(MethodSignature<TypeName> signature) => Primitive;
    public TypeName GetGenericMethodParameter(object? genericContext, int index) => Primitive;
    public TypeName GetGenericTypeParameter(object? genericContext, int index) => Primitive;
    public TypeName GetPrimitiveType(PrimitiveTypeCode typeCode) => Primitive;
}
