namespace IncrementalExport.Benchmark.Cost;

/// <summary>One line of the cost table: a quantity per table per month and its list price (no free tier).</summary>
internal sealed record CostLine(string Item, double Quantity, string Unit, decimal Dollars);
