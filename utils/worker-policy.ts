// Whether a page's Content Security Policies let a script of the page start a worker from a blob: URL, which
// is how the annotator starts its judging worker (utils/lens/worker-judge). A refused worker is logged on the
// page's console and reported to the site's report address, naming the extension: so the annotator starts one
// only when no policy of the page, enforced or report-only, would object; otherwise it judges on the main
// thread without trying.

/** The directive that governs workers, and those it falls back to, in order (CSP Level 3). */
const WORKER_DIRECTIVES = ['worker-src', 'child-src', 'script-src', 'default-src'];

/** `policies`: the values of every Content-Security-Policy(-Report-Only) header and meta tag of the page. */
export function policiesAllowBlobWorkers(policies: readonly string[]): boolean {
  // A header may carry several policies, separated by commas; each must allow it.
  return policies.flatMap((value) => value.split(',')).every(policyAllowsBlobWorkers);
}

function policyAllowsBlobWorkers(policy: string): boolean {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().toLowerCase().split(/\s+/);
    // The first of a repeated directive counts, as browsers read it.
    if (name && !directives.has(name)) directives.set(name, sources);
  }
  // A sandboxed page has an opaque origin: not worth finding out what it allows.
  if (directives.has('sandbox')) return false;
  const governing = WORKER_DIRECTIVES.find((d) => directives.has(d));
  if (governing === undefined) return true;
  const sources = directives.get(governing) ?? [];
  // Under 'strict-dynamic' scheme sources are ignored: blob: would not count.
  return sources.includes('blob:') && !sources.includes("'strict-dynamic'");
}

/** The policies a page declares in its markup (meta tags); they apply as headers do. */
export function metaPolicies(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('meta[http-equiv]'))
    .filter((m) => m.getAttribute('http-equiv')?.trim().toLowerCase() === 'content-security-policy')
    .map((m) => m.getAttribute('content') ?? '');
}
