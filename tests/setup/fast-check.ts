import fc from 'fast-check';

// In CI the property tests replay one fixed seed, so a run is reproducible and a landing is not decided by
// chance; on a developer's machine every run draws new inputs (FC_SEED replays a reported counterexample).
const seed = process.env.FC_SEED ?? (process.env.CI ? '20230913' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
