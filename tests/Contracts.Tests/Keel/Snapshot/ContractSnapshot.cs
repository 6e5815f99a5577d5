using System.Text;

namespace Keel.Contracts.Tests.Snapshot;

/// <summary>One thing that crosses a wire or rests on disk: its kind, its stable name and what it is made of.</summary>
public sealed record ContractEntry(string Kind, string Name, IReadOnlyList<ContractMember> Members)
{
    public string Id => $"{Kind} {Name}";
}

/// <summary>A part of an entry: a key that identifies it (a field id, a method alias, a status) and what it is.</summary>
public sealed record ContractMember(string Key, string Value);

/// <summary>
/// Everything Keel exposes to other processes, to stored data and to HTTP clients, as a text that reads well in a diff:
/// an entry per line (<c>kind name</c>), its members indented below it (<c>key = value</c>).
/// </summary>
public sealed class ContractSnapshot(IEnumerable<ContractEntry> entries)
{
    private const string Indent = "  ";
    private const string Separator = " = ";

    public IReadOnlyList<ContractEntry> Entries { get; } = [.. entries
        .Select(e => e with { Members = [.. e.Members.OrderBy(m => m.Key, StringComparer.Ordinal)] })
        .OrderBy(e => e.Kind, StringComparer.Ordinal).ThenBy(e => e.Name, StringComparer.Ordinal)];

    public string Render()
    {
        var text = new StringBuilder();
        text.Append("# Keel's contracts: what crosses a wire or rests on disk. Checked by tests/Contracts.Tests;\n");
        text.Append("# record an intended addition with scripts/contracts.sh record (see README, \"The contract gate\").\n");
        foreach (var entry in Entries)
        {
            text.Append(entry.Kind).Append(' ').Append(entry.Name).Append('\n');
            foreach (var member in entry.Members)
            {
                text.Append(Indent).Append(member.Key).Append(Separator).Append(member.Value).Append('\n');
            }
        }
        return text.ToString();
    }

    public static ContractSnapshot Parse(string text)
    {
        var entries = new List<ContractEntry>();
        string? kind = null, name = null;
        var members = new List<ContractMember>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (line.StartsWith(Indent, StringComparison.Ordinal))
            {
                var separator = line.IndexOf(Separator, StringComparison.Ordinal);
                if (kind is null || separator < 0)
                {
                    throw new FormatException($"Not a member line of an entry: '{line}'.");
                }
                members.Add(new ContractMember(line[Indent.Length..separator], line[(separator + Separator.Length)..]));
                continue;
            }
            Flush();
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            (kind, name) = space < 0 ? (line, "") : (line[..space], line[(space + 1)..]);
        }
        Flush();
        return new ContractSnapshot(entries);

        void Flush()
        {
            if (kind is not null)
            {
                entries.Add(new ContractEntry(kind, name!, [.. members]));
            }
            members = [];
        }
    }
}
