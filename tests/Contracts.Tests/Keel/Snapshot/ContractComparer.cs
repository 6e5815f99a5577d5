namespace Keel.Contracts.Tests.Snapshot;

/// <summary>
/// Compares the recorded contracts with the code's. What the previous build wrote or calls must still be understood:
/// a removed or renumbered member, a changed type, a removed operation or a field made required is breaking; anything
/// new is an addition, which fails the gate only until it is recorded.
/// </summary>
public static class ContractComparer
{
    private const string Record = "If it is intended, record it: scripts/contracts.sh record";

    /// <summary>Kinds that only processes of one deployment share (no stored value names them): these may be retired.</summary>
    private static readonly HashSet<string> Retirable = ["grain-interface", "grain-type"];

    public static IReadOnlyList<ContractChange> Compare(ContractSnapshot recorded, ContractSnapshot current, IReadOnlySet<string>? retired = null)
    {
        retired ??= new HashSet<string>();
        var changes = new List<ContractChange>();
        var now = current.Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var before = recorded.Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var requestSchemas = RequestSchemas(current);
        foreach (var old in recorded.Entries)
        {
            if (now.TryGetValue(old.Id, out var entry))
            {
                CompareMembers(old, entry, requestSchemas, changes, retired);
            }
            else if (Retirable.Contains(old.Kind) && retired.Contains(old.Id))
            {
                changes.Add(new(false, old.Id, "was retired (contracts.retired)", "Record the snapshot without it: scripts/contracts.sh record"));
            }
            else
            {
                changes.Add(new(true, old.Id, "was removed or renamed", EntryRemoved(old.Kind)));
            }
        }
        changes.AddRange(current.Entries.Where(e => !before.ContainsKey(e.Id))
            .Select(e => new ContractChange(false, e.Id, "is not recorded", Record)));
        return [.. changes.OrderByDescending(c => c.Breaking).ThenBy(c => c.Entry, StringComparer.Ordinal)];
    }

    private static void CompareMembers(
        ContractEntry old, ContractEntry entry, ISet<string> requestSchemas, List<ContractChange> changes, IReadOnlySet<string> retired)
    {
        var now = entry.Members.ToDictionary(m => m.Key, StringComparer.Ordinal);
        var before = old.Members.ToDictionary(m => m.Key, StringComparer.Ordinal);
        foreach (var member in old.Members)
        {
            if (!now.TryGetValue(member.Key, out var current))
            {
                changes.Add(Retirable.Contains(old.Kind) && retired.Contains($"{old.Id} :: {member.Key}")
                    ? new(false, old.Id, $"{member.Key} was retired (contracts.retired)", "Record the snapshot without it: scripts/contracts.sh record")
                    : Removed(old, member, entry));
            }
            else if (current.Value != member.Value)
            {
                changes.Add(Changed(old, member, current, requestSchemas));
            }
        }
        foreach (var added in entry.Members.Where(m => !before.ContainsKey(m.Key)))
        {
            changes.Add(Added(entry, added, requestSchemas));
        }
    }

    private static ContractChange Removed(ContractEntry old, ContractMember member, ContractEntry entry)
    {
        if (old.Kind == "wire-type" && member.Key.StartsWith("field ", StringComparison.Ordinal)
            && entry.Members.FirstOrDefault(m => m.Key.StartsWith("field ", StringComparison.Ordinal) && NameOf(m.Value) == NameOf(member.Value)) is { } moved)
        {
            return new(true, old.Id, $"'{NameOf(member.Value)}' was renumbered from {member.Key} to {moved.Key}",
                "Ids are a storage contract: stored values carry the old id. Restore the old id, and give new fields new ids");
        }
        return old.Kind switch
        {
            "wire-type" or "wire-enum" => new(true, old.Id, $"{member.Key} ({member.Value}) was removed",
                "Stored values and processes of the previous build still carry it: keep the member (mark it [Obsolete]); new members take new ids"),
            "grain-interface" => new(true, old.Id, $"{member.Key} ({member.Value}) was removed",
                "Apis and silos of the previous build still call it during an upgrade: keep the method until none runs, add new methods beside it"),
            "http" => new(true, old.Id, $"'{member.Key}' ({member.Value}) is gone",
                "Clients rely on what the document promised: keep it, or add a new operation beside this one"),
            "schema" => new(true, old.Id, $"'{member.Key}' ({member.Value}) was removed",
                "Clients send or read it: keep the property (it may be ignored), add new ones beside it"),
            _ => new(true, old.Id, $"'{member.Key}' ({member.Value}) was removed", "Keep it: stored data or other processes depend on it"),
        };
    }

    private static ContractChange Changed(ContractEntry old, ContractMember member, ContractMember current, ISet<string> requestSchemas)
    {
        if (old.Kind == "wire-type" && member.Key.StartsWith("field ", StringComparison.Ordinal) && TypeOf(member.Value) == TypeOf(current.Value))
        {
            return new(false, old.Id, $"{member.Key} was renamed from '{NameOf(member.Value)}' to '{NameOf(current.Value)}' (safe on the wire: ids count, not names)", Record);
        }
        if (old.Kind == "schema" && member.Value.EndsWith(" optional", StringComparison.Ordinal) && current.Value.EndsWith(" required", StringComparison.Ordinal)
            && requestSchemas.Contains(old.Name))
        {
            return new(true, old.Id, $"'{member.Key}' was made required",
                "Clients of the previous version do not send it: keep it optional, with a default the server fills in");
        }
        if (old.Kind == "grain-type" && member.Key == "interfaces" && Interfaces(current.Value).IsSupersetOf(Interfaces(member.Value)))
        {
            // Calls through the interfaces it had still reach it; a caller of a new one meets an older silo only during an upgrade.
            return new(false, old.Id, $"gained interface(s) {string.Join(", ", Interfaces(current.Value).Except(Interfaces(member.Value)))}", Record);
        }
        return old.Kind switch
        {
            "migration" => new(true, old.Id, "an applied migration script changed",
                "Databases that ran it will not run it again: restore the script and put the change in a new migration"),
            "wire-type" or "wire-enum" => new(true, old.Id, $"{member.Key} changed from '{member.Value}' to '{current.Value}'",
                "Stored values were written the old way: keep the member as it was and add a new one under a new id"),
            "grain-interface" => new(true, old.Id, $"{member.Key} changed from '{member.Value}' to '{current.Value}'",
                "Callers of the previous build send the old shape: keep this method as it was and add a new one"),
            _ => new(true, old.Id, $"'{member.Key}' changed from '{member.Value}' to '{current.Value}'",
                "Callers and stored data expect the old value: keep it, and add what is new beside it"),
        };
    }

    private static HashSet<string> Interfaces(string value) =>
        [.. value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static ContractChange Added(ContractEntry entry, ContractMember added, ISet<string> requestSchemas)
    {
        var required = added.Value.EndsWith(" required", StringComparison.Ordinal);
        if (entry.Kind == "http" && required && (added.Key.StartsWith("parameter ", StringComparison.Ordinal) || added.Key == "request"))
        {
            return new(true, entry.Id, $"a required '{added.Key}' was added",
                "Clients of the previous version do not send it: make it optional");
        }
        if (entry.Kind == "schema" && required && requestSchemas.Contains(entry.Name))
        {
            return new(true, entry.Id, $"a required '{added.Key}' was added to a request body",
                "Clients of the previous version do not send it: make it optional, with a default the server fills in");
        }
        return new(false, entry.Id, $"'{added.Key}' ({added.Value}) is not recorded", Record);
    }

    /// <summary>Schemas that clients send: request bodies and everything they reference.</summary>
    private static HashSet<string> RequestSchemas(ContractSnapshot snapshot)
    {
        var schemas = snapshot.Entries.Where(e => e.Kind == "schema").ToDictionary(e => e.Name, StringComparer.Ordinal);
        var pending = new Stack<string>(snapshot.Entries.Where(e => e.Kind == "http")
            .SelectMany(e => e.Members.Where(m => m.Key == "request"))
            .SelectMany(m => References(m.Value)));
        var found = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryPop(out var name))
        {
            if (found.Add(name) && schemas.TryGetValue(name, out var schema))
            {
                foreach (var reference in schema.Members.SelectMany(m => References(m.Value)))
                {
                    pending.Push(reference);
                }
            }
        }
        return found;
    }

    /// <summary>Schema names in a rendered type (<c>#Name</c>).</summary>
    private static IEnumerable<string> References(string value) =>
        value.Split([' ', '<', '>', '|', ',', '[', ']'], StringSplitOptions.RemoveEmptyEntries)
            .Where(token => token.StartsWith('#')).Select(token => token[1..]);

    /// <summary>A wire field renders as <c>type name</c>.</summary>
    private static string NameOf(string field) => field[(field.LastIndexOf(' ') + 1)..];

    private static string TypeOf(string field) => field[..Math.Max(0, field.LastIndexOf(' '))];

    private static string EntryRemoved(string kind) => kind switch
    {
        "wire-type" or "wire-enum" => "Stored data and processes of the previous build name it: keep the type under its name (mark it [Obsolete]) so old data reads",
        "grain-interface" => "Apis and silos of the previous build call it during an upgrade: keep it until none runs",
        "grain-type" => "The event log keys every aggregate's events by its grain type, and callers resolve it by name: keep the name pinned with [GrainType]",
        "http" => "Clients call this route: keep it (it may forward to a new one) and add new routes beside it",
        "schema" => "Clients read or send it by this name: keep it",
        "migration" => "Databases have applied it: migrations are append-only",
        "subscription" => "Events queued for it would find no subscriber: keep the subscription's namespace",
        _ => "Stored data or other processes depend on it: keep it",
    };
}
