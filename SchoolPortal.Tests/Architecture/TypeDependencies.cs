using Mono.Cecil;
using Mono.Cecil.Cil;

namespace SchoolPortal.Tests.Architecture;

/// <summary>
/// Which types each top-level type of an assembly uses, read from its metadata and IL (signatures, attributes, method bodies,
/// generic arguments); compiler-made nested types (lambdas, async state machines) count for the type that declared them.
/// </summary>
public static class TypeDependencies
{
    public static IReadOnlyDictionary<string, HashSet<string>> Of(System.Reflection.Assembly assembly)
    {
        using var module = ModuleDefinition.ReadModule(assembly.Location);
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in module.GetTypes())
        {
            var owner = TopLevel(type).FullName;
            if (!map.TryGetValue(owner, out var used))
                map[owner] = used = new HashSet<string>(StringComparer.Ordinal);
            Collect(type, used);
        }
        return map;
    }

    private static TypeDefinition TopLevel(TypeDefinition type)
    {
        while (type.DeclaringType is not null)
            type = type.DeclaringType;
        return type;
    }

    private static void Collect(TypeDefinition type, HashSet<string> used)
    {
        Add(type.BaseType, used);
        foreach (var i in type.Interfaces)
            Add(i.InterfaceType, used);
        Attributes(type.CustomAttributes, used);
        foreach (var field in type.Fields)
        {
            Add(field.FieldType, used);
            Attributes(field.CustomAttributes, used);
        }
        foreach (var property in type.Properties)
        {
            Add(property.PropertyType, used);
            Attributes(property.CustomAttributes, used);
        }
        foreach (var method in type.Methods)
        {
            Add(method.ReturnType, used);
            Attributes(method.CustomAttributes, used);
            foreach (var p in method.Parameters)
                Add(p.ParameterType, used);
            if (!method.HasBody)
                continue;
            foreach (var v in method.Body.Variables)
                Add(v.VariableType, used);
            foreach (var instruction in method.Body.Instructions)
                Operand(instruction, used);
        }
    }

    private static void Operand(Instruction instruction, HashSet<string> used)
    {
        switch (instruction.Operand)
        {
            case TypeReference t:
                Add(t, used);
                break;
            case MethodReference m:
                Add(m.DeclaringType, used);
                Add(m.ReturnType, used);
                foreach (var p in m.Parameters)
                    Add(p.ParameterType, used);
                if (m is GenericInstanceMethod g)
                    foreach (var a in g.GenericArguments)
                        Add(a, used);
                break;
            case FieldReference f:
                Add(f.DeclaringType, used);
                Add(f.FieldType, used);
                break;
        }
    }

    private static void Attributes(IEnumerable<CustomAttribute> attributes, HashSet<string> used)
    {
        foreach (var a in attributes)
        {
            Add(a.AttributeType, used);
            foreach (var argument in a.ConstructorArguments)
                if (argument.Value is TypeReference t)
                    Add(t, used);
        }
    }

    private static void Add(TypeReference? type, HashSet<string> used)
    {
        switch (type)
        {
            case null:
                return;
            case GenericInstanceType g:
                Add(g.ElementType, used);
                foreach (var a in g.GenericArguments)
                    Add(a, used);
                return;
            case TypeSpecification s:
                Add(s.ElementType, used);
                return;
            case GenericParameter:
                return;
        }
        while (type.DeclaringType is not null)
            type = type.DeclaringType;
        used.Add(type.FullName);
    }
}
