// Sites as the reader switches them: a page's host name (no port, no "www." folding — what the address bar shows).

/** Match patterns for "every web site": what automatic annotation needs access to. */
export const ALL_SITES = ['http://*/*', 'https://*/*'];

/** The host of an http(s) page, lower case; null for every other kind of page. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname
      ? u.hostname.toLowerCase()
      : null;
  } catch {
    return null;
  }
}

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$|^\[[0-9a-f:.]+\]$/;

/** What a reader typed ("example.com", "https://www.example.com/news/1") as a host name, or null. */
export function normalizeSite(input: string): string | null {
  const s = input.trim().toLowerCase();
  if (!s) return null;
  const host = hostOf(/^[a-z][a-z0-9+.-]*:\/\//.test(s) ? s : `https://${s}`);
  return host !== null && HOST.test(host) ? host : null;
}

/** The match pattern that covers every page of a host, on any port and either scheme. */
export function matchPatternFor(host: string): string {
  return `*://${host}/*`;
}
