// The generated handler reads the process environment: tests that set it must not run in parallel.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
