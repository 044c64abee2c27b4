// The in-page card as plain DOM (no framework on the page): built from a CardModel with textContent only.
import type { SourceRef } from '../types';
import type { CardModel } from './card-model';

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

/** Renders the card; `headingId` labels the dialog for assistive technology. */
export function renderCard(doc: Document, model: CardModel, headingId = 'plens-card-heading'): HTMLElement {
  const rows = el(doc, 'dl');
  const row = (term: string, ...value: (Node | string)[]) => {
    rows.append(el(doc, 'dt', {}, term), el(doc, 'dd', {}, ...value));
  };
  if (model.factSummary) row('The fact base says', model.factSummary);
  if (model.period) row('True', model.period);
  if (model.amendment) {
    const changed: (Node | string)[] = [`${model.amendment.date}: ${model.amendment.summary}`];
    if (model.amendment.source && model.amendment.source.title !== model.source?.title) {
      changed.push(' (', sourceNode(doc, model.amendment.source), ')');
    }
    row('Last changed', ...changed);
  }
  if (model.asPublished) row('As published', model.asPublished);

  const card = el(
    doc,
    'section',
    { class: 'card', role: 'dialog', 'aria-labelledby': headingId, 'data-status': model.status },
    el(
      doc,
      'h2',
      { class: 'status', id: headingId },
      el(doc, 'span', { class: 'symbol', 'aria-hidden': 'true' }, model.symbol),
      model.headline,
    ),
    el(doc, 'p', { class: 'explanation' }, model.explanation),
  );
  if (rows.childNodes.length > 0) card.append(rows);
  if (model.source)
    card.append(el(doc, 'p', { class: 'source' }, 'Primary source: ', sourceNode(doc, model.source)));
  card.append(el(doc, 'p', { class: 'stamp' }, `Partnership Lens · ${model.factBase}`));
  return card;
}
