// W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) export of judged claims.
// Pure TypeScript: the CLI (`scan --format w3c`) and the extension's export share it.
import type { IsoDate, JudgedClaim, Status } from '../types';

/** One scanned document as every export format sees it. */
export interface ExportDocument {
  /** Path or URL as given; for W3C output pass an absolute IRI (file:// for local files). */
  source: string;
  title: string | null;
  /** Publication date used for the verdicts (the override, else what the page says). */
  published: IsoDate | null;
  /** Extracted text that claim offsets refer to. */
  text: string;
  claims: JudgedClaim[];
  /** Why the document could not be read; empty when it was. */
  errors: string[];
}

/** What every export names about the run. */
export interface ExportContext {
  factBase: { version: string; published: IsoDate };
  asOf: IsoDate;
}

export const STATUS_LABEL: Record<Status, string> = {
  supported: '✓ Supported',
  outdated: '⟳ Outdated',
  contradicted: '✗ Contradicted',
  unverified: '? Unverified',
};

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Characters of context kept on each side of a quote (as Hypothesis does). */
export const QUOTE_CONTEXT_CHARS = 32;

export interface W3cOptions extends ExportContext {
  /** xsd:dateTime of the export; defaults to now. */
  created?: string;
}

type Json = Record<string, unknown>;

/** An AnnotationCollection holding one `assessing` Annotation per judged claim, in document order. */
export function toW3cCollection(documents: ExportDocument[], opts: W3cOptions): Json {
  const created = opts.created ?? new Date().toISOString();
  const agent = {
    type: 'Software',
    name: `Partnership Lens (fact base ${opts.factBase.version} of ${opts.factBase.published})`,
  };
  const items = documents.flatMap((doc) => annotationsOf(doc, opts, agent, created));
  const collectionId = uuidFrom(
    ['collection', opts.asOf, created, ...items.map((a) => String(a.id))].join('\n'),
  );
  return {
    '@context': W3C_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: `Partnership Lens verdicts as of ${opts.asOf}`,
    total: items.length,
    generator: agent,
    generated: created,
    // An AnnotationPage must hold at least one item: an empty collection has no page.
    ...(items.length > 0
      ? { first: { id: uuidFrom(`${collectionId}\npage 0`), type: 'AnnotationPage', startIndex: 0, items } }
      : {}),
  };
}

function annotationsOf(doc: ExportDocument, opts: W3cOptions, agent: Json, created: string): Json[] {
  const positions = codePointOffsets(doc.text);
  return doc.claims.map((claim) => ({
    id: uuidFrom([doc.source, claim.start, claim.end, claim.status, opts.factBase.version].join('\n')),
    type: 'Annotation',
    motivation: 'assessing',
    created,
    creator: agent,
    generator: agent,
    body: bodiesOf(claim, doc.published),
    target: {
      source: doc.source,
      // The spec keeps the time a resource is read at in a TimeState; the publication date is the best we know.
      ...(doc.published ? { state: { type: 'TimeState', sourceDate: `${doc.published}T00:00:00Z` } } : {}),
      selector: [
        { type: 'TextQuoteSelector', ...quoteOf(doc.text, claim.start, claim.end) },
        { type: 'TextPositionSelector', start: positions(claim.start), end: positions(claim.end) },
      ],
    },
  }));
}

function bodiesOf(claim: JudgedClaim, published: IsoDate | null): Json[] {
  const bodies: Json[] = [
    { type: 'TextualBody', purpose: 'assessing', value: claim.status },
    {
      type: 'TextualBody',
      purpose: 'describing',
      format: 'text/plain',
      language: 'en',
      value: describe(claim, published),
    },
    { type: 'TextualBody', purpose: 'tagging', value: claim.topic },
  ];
  if (claim.factId) bodies.push({ type: 'TextualBody', purpose: 'tagging', value: `fact:${claim.factId}` });
  if (claim.partnership)
    bodies.push({ type: 'TextualBody', purpose: 'tagging', value: `partnership:${claim.partnership}` });
  if (claim.source?.url)
    bodies.push({ type: 'SpecificResource', purpose: 'linking', source: claim.source.url });
  return bodies;
}

/** One plain-text paragraph a reader understands: status, explanation, as-published status, change, source. */
export function describe(claim: JudgedClaim, published: IsoDate | null): string {
  const label = STATUS_LABEL[claim.status];
  // "? Unverified: …", not "? Unverified: Unverified: …" when the explanation already leads with the status.
  const leadsWithStatus = claim.explanation.toLowerCase().startsWith(claim.status);
  const parts = [
    leadsWithStatus ? `${label.split(' ')[0]} ${claim.explanation}` : `${label}: ${claim.explanation}`,
  ];
  if (claim.asPublished) {
    parts.push(`As published${published ? ` (${published})` : ''}: ${STATUS_LABEL[claim.asPublished]}.`);
  }
  if (claim.amendment) parts.push(`Changed ${claim.amendment.date}: ${claim.amendment.summary}`);
  if (claim.source)
    parts.push(`Source: ${claim.source.title}${claim.source.url ? ` <${claim.source.url}>` : ''}`);
  return parts.join(' ');
}

/** TextQuoteSelector fields: the quote and up to QUOTE_CONTEXT_CHARS on each side, never splitting a surrogate pair. */
export function quoteOf(
  text: string,
  start: number,
  end: number,
): { exact: string; prefix: string; suffix: string } {
  let from = Math.max(0, start - QUOTE_CONTEXT_CHARS);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from += 1;
  let to = Math.min(text.length, end + QUOTE_CONTEXT_CHARS);
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to -= 1;
  return { exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

/**
 * Maps UTF-16 offsets (what JavaScript strings and the engine use) to Unicode code point offsets
 * (what TextPositionSelector counts). Identity for text without astral characters.
 */
export function codePointOffsets(text: string): (utf16Offset: number) => number {
  const pairs: number[] = []; // UTF-16 index of the low half of each surrogate pair
  for (let i = text.search(/[\uD800-\uDBFF]/); i !== -1 && i < text.length - 1; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) pairs.push(++i);
  }
  if (pairs.length === 0) return (offset) => offset;
  return (offset) => {
    let lo = 0;
    let hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (pairs[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset - lo; // each pair wholly before `offset` counts as one code point, not two
  };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A stable `urn:uuid:` (version 8, RFC 9562 "custom") derived from a string, so exports are reproducible. */
export function uuidFrom(key: string): string {
  // cyrb128: four 32-bit lanes of a fast non-cryptographic hash.
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < key.length; i++) {
    const k = key.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  const hex = [h1 ^ h2 ^ h3 ^ h4, h2 ^ h1, h3 ^ h1, h4 ^ h1]
    .map((h) => (h >>> 0).toString(16).padStart(8, '0'))
    .join('');
  const variant = ((Number.parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
