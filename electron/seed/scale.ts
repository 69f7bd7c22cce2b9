// How much demo data to make: a college's worth, or the large set the benchmarks run on.
export type SeedScale = 'demo' | 'large';
