// Pulumi's test deployment is process-wide: stacks must not run in parallel.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
