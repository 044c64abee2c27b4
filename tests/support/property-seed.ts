// Seeds of the property tests. A fixed seed by default, so CI (and every run) tries the same cases and a
// failure reproduces; `PLENS_FC_SEED=random` runs new random cases, `PLENS_FC_SEED=<n>` replays a seed that
// fast-check printed. README "Tests you can rely on" documents both.
const DEFAULT_SEED = 20_261_128;

/** fast-check parameters: `seed` is left out (fast-check picks one and prints it on failure) when random. */
export function propertySeed(env: NodeJS.ProcessEnv = process.env): { seed?: number } {
  const value = env.PLENS_FC_SEED?.trim();
  if (value === 'random') return {};
  if (value !== undefined && value !== '' && Number.isSafeInteger(Number(value)))
    return { seed: Number(value) };
  return { seed: DEFAULT_SEED };
}
