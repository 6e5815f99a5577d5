// Each class runs its own silo and database; one at a time keeps the latency measurement honest on two cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
