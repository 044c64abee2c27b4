// The in-page card as plain DOM (no framework on the page): built from a CardModel with textContent only.
import type { SourceRef } from '../types';
import type { CardModel, VerdictModel } from './card-model';
import type { PageTheme } from './page-theme';

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.appendChild(typeof c === 'string' ? doc.createTextNode(c) : c);
  return e;
}

/** A link to a source when it has a web address, else its title as text. */
export function sourceNode(doc: Document, source: SourceRef): Node {
  if (source.url && /^https?:\/\//.test(source.url)) {
    return el(doc, 'a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, source.title);
  }
  return doc.createTextNode(source.title);
}

export const TIMELINE_BUTTON = 'button.timeline';

function renderVerdict(doc: Document, v: VerdictModel, index: number, headingId: string): HTMLElement {
  const section = el(
    doc,
    'section',
    { class: 'verdict', 'data-status': v.status, 'data-index': String(index) },
    el(
      doc,
      'h2',
      { class: 'status', id: index === 0 ? headingId : `${headingId}-${index}` },
      el(doc, 'span', { class: 'symbol', 'aria-hidden': 'true' }, v.symbol),
      v.headline,
    ),
  );
  if (v.partnership) section.append(el(doc, 'p', { class: 'partnership' }, v.partnership));
  section.append(el(doc, 'p', { class: 'now' }, v.now));
  if (v.asPublished) section.append(el(doc, 'p', { class: 'published' }, v.asPublished));
  if (v.source)
    section.append(el(doc, 'p', { class: 'source' }, 'Primary source: ', sourceNode(doc, v.source)));
  if (v.timeline) {
    section.append(
      el(
        doc,
        'p',
        {},
        el(
          doc,
          'button',
          { type: 'button', class: 'timeline', 'data-index': String(index) },
          'How this term changed',
        ),
      ),
    );
  }
  if (v.details.length > 0) {
    const rows = el(doc, 'dl');
    for (const d of v.details) {
      const value = el(doc, 'dd', {}, d.text);
      if (d.source) value.append(' (', sourceNode(doc, d.source), ')');
      rows.append(el(doc, 'dt', {}, d.term), value);
    }
    section.append(el(doc, 'details', {}, el(doc, 'summary', {}, 'Details'), rows));
  }
  return section;
}

/** Renders the card; `headingId` labels the dialog for assistive technology. */
export function renderCard(
  doc: Document,
  model: CardModel,
  opts: { headingId?: string; theme?: PageTheme } = {},
): HTMLElement {
  const headingId = opts.headingId ?? 'plens-card-heading';
  const card = el(doc, 'section', {
    class: 'card',
    role: 'dialog',
    'aria-labelledby': headingId,
    'data-status': model.verdicts[0]?.status ?? 'supported',
    'data-theme': opts.theme ?? 'light',
  });
  if (model.verdicts.length > 1) {
    card.append(el(doc, 'p', { class: 'count' }, `${model.verdicts.length} claims in this passage`));
  }
  for (const [i, v] of model.verdicts.entries()) card.append(renderVerdict(doc, v, i, headingId));
  card.append(el(doc, 'p', { class: 'stamp' }, `Partnership Lens · ${model.factBase}`));
  return card;
}
