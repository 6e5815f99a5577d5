using System.Reflection;
using Keel.Contracts.Tests.Snapshot;

namespace Keel.Contracts.Tests;

/// <summary>
/// The contract gate: the code keeps every contract recorded in <c>contracts.snapshot</c>. A breaking change fails,
/// naming what changed and how to make it safe; an addition fails until it is recorded (scripts/contracts.sh record),
/// so that every change to what crosses a wire or rests on disk is seen in review.
/// </summary>
public class ContractGateTests
{
    private const string RecordVariable = "KEEL_CONTRACTS_RECORD";

    [Fact]
    public async Task TheCodeKeepsEveryRecordedContract()
    {
        var current = await CurrentContracts.ReadAsync();
        var recordedFile = Path.Combine(AppContext.BaseDirectory, "contracts.snapshot");
        var recorded = File.Exists(recordedFile) ? ContractSnapshot.Parse(await File.ReadAllTextAsync(recordedFile)) : new ContractSnapshot([]);

        var changes = ContractComparer.Compare(recorded, current, Retired());

        var breaking = changes.Where(c => c.Breaking).ToList();
        if (Environment.GetEnvironmentVariable(RecordVariable) == "1")
        {
            Assert.True(breaking.Count == 0, "Recording refuses breaking changes; make them safe first:\n" + string.Join('\n', breaking));
            await File.WriteAllTextAsync(SourceSnapshot(), current.Render());
            return;
        }
        Assert.True(changes.Count == 0, $"{breaking.Count} breaking change(s), {changes.Count - breaking.Count} unrecorded addition(s):\n"
            + string.Join('\n', changes));
    }

    [Fact]
    public async Task TheSnapshotCoversTheWireTheStorageAndHttp()
    {
        var current = await CurrentContracts.ReadAsync();

        var kinds = current.Entries.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(new[] { "wire-type", "wire-enum", "grain-interface", "grain-type", "names", "migration", "http", "schema" },
            kind => Assert.True(kinds.GetValueOrDefault(kind) > 0, $"no {kind} entry was read"));
        var registered = Assert.Single(current.Entries, e => e.Id == "wire-type keel.users.user-registered.v1");
        Assert.Contains(registered.Members, m => m.Key == "field 0" && m.Value == "guid userId");
        var register = Assert.Single(current.Entries, e => e.Id == "http POST /api/v1/users");
        Assert.Contains(register.Members, m => m.Key == "response 201");
    }

    /// <summary>
    /// Grain interfaces, grain types and their methods retired on purpose (<c>contracts.retired</c>: one per line,
    /// <c>kind name</c> or <c>kind name :: member</c>, then <c>—</c> and why it is safe). Only what processes of one
    /// deployment share can be retired; stored types, HTTP operations and migrations never are.
    /// </summary>
    private static HashSet<string> Retired()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "contracts.retired");
        return File.Exists(file)
            ? [.. File.ReadAllLines(file).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(" — ")[0].Trim())]
            : [];
    }

    private static string SourceSnapshot() =>
        typeof(ContractGateTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ContractsSnapshotSource").Value!;
}
