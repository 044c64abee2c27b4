// A fact base ten times the size of the bundled one, for the scaling measurement: the Microsoft–OpenAI
// partnership copied nine times with renamed parties, aliases, products, people and ids (facts, events and
// patterns follow), as if the base covered ten partnerships.
import type { FactBase } from '../../core/factbase/schema';

/** Words of the original partnership → the same role in copy `i`. Longest first when applied. */
function renames(i: number): Array<[string, string]> {
  const a = [
    'Arvento',
    'Bexley',
    'Corvane',
    'Dunmore',
    'Elstree',
    'Fenwick',
    'Galloway',
    'Harrowgate',
    'Islay',
  ][i - 1];
  const b = [
    'Quillon',
    'Rivenlab',
    'Sorrel',
    'Tamsin',
    'Umberly',
    'Vireo',
    'Wrenfield',
    'Yarrow',
    'Zephyrine',
  ][i - 1];
  return [
    ['Microsoft', `${a}soft`],
    ['MSFT', `${a.slice(0, 3).toUpperCase()}X`],
    ['Redmond', `${a}ford`],
    ['Satya', `Mira${i}`],
    ['Nadella', `${a}ova`],
    ['Windows', `${a}Panes`],
    ['Azure', `${a}Cloud`],
    ['Copilot', `${a}Pilot`],
    ['OpenAI', `${b}AI`],
    ['Open AI', `${b} AI`],
    ['ChatGPT', `${b}Chat`],
    ['GPT', `${b.slice(0, 2).toUpperCase()}Q`],
    ['Sam', `Noa${i}`],
    ['Altman', `${b}berg`],
    ['Greg', `Ivo${i}`],
    ['Brockman', `${b}stein`],
    ['Stargate', `${b}gate`],
  ];
}

function renameText(json: string, i: number): string {
  let out = json;
  for (const [from, to] of renames(i).sort((x, y) => y[0].length - x[0].length)) {
    // Whole words only (a regex cue may write "\\bazure"): "Sam" but not "same".
    const word = (w: string) => new RegExp(`(?<=^|[^A-Za-z]|\\\\b)${w}(?![a-z])`, 'g');
    out = out.replace(word(from), to).replace(word(from.toLowerCase()), to.toLowerCase());
  }
  return out;
}

/** The bundled fact base with `copies` renamed copies of each of its partnerships added. */
export function scaledFactBase(fb: FactBase, copies = 9): FactBase {
  const out: FactBase = {
    ...fb,
    partnerships: [...fb.partnerships],
    events: [...fb.events],
    facts: [...fb.facts],
  };
  for (const partnership of fb.partnerships) {
    const events = fb.events.filter((e) => e.partnership === partnership.id);
    const facts = fb.facts.filter((f) => f.partnership === partnership.id);
    for (let i = 1; i <= copies; i++) {
      const copy = JSON.parse(renameText(JSON.stringify({ partnership, events, facts }), i)) as {
        partnership: FactBase['partnerships'][number];
        events: FactBase['events'];
        facts: FactBase['facts'];
      };
      const pid = `${partnership.id}-copy${i}`;
      const ev = (id: string) => `${id}-c${i}`;
      const fid = (id: string) => `${id}-c${i}`;
      copy.partnership.id = pid;
      copy.partnership.beganWith = ev(partnership.beganWith);
      for (const e of copy.events) {
        e.id = ev(e.id);
        e.partnership = pid;
      }
      copy.facts.forEach((f, k) => {
        f.topic = facts[k].topic; // a topic name is not a party's word ("stargate")
        f.id = fid(f.id);
        f.partnership = pid;
        if (f.since) f.since = ev(f.since);
        if (f.until) f.until = ev(f.until);
        f.supersededBy = f.supersededBy.map(fid);
        if (f.correctedBy) f.correctedBy = fid(f.correctedBy);
      });
      out.partnerships.push(copy.partnership);
      out.events.push(...copy.events);
      out.facts.push(...copy.facts);
    }
  }
  return out;
}
