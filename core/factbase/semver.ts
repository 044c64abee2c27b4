// Versions: the fact base's data version is strict semver x.y.z; an extension version is what browsers
// accept in a manifest, 1 to 4 dot-separated integers ("0.1", "1.2.3.4"). Both compare numerically.

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const DOTTED = /^\d{1,9}(\.\d{1,9}){0,3}$/;

/** True for x.y.z with no leading zeros (no pre-release or build suffix: the fact base does not use them). */
export function isSemver(s: string): boolean {
  return SEMVER.test(s);
}

/** True for a browser-extension style version: 1 to 4 dot-separated integers. */
export function isDottedVersion(s: string): boolean {
  return DOTTED.test(s);
}

/** Negative when a < b, 0 when equal, positive when a > b; missing parts count as 0 ("1.2" = "1.2.0"). */
export function compareVersions(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** The major part of x.y.z. */
export function majorOf(version: string): number {
  return parts(version)[0];
}

function parts(version: string): number[] {
  if (!DOTTED.test(version)) throw new Error(`not a version: "${version}"`);
  return version.split('.').map(Number);
}
