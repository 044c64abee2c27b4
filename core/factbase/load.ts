// Turning untrusted JSON into a fact base: the zod schema plus the cross-references zod cannot see.
import { type FactBase, factBaseSchema } from './schema';

/** Validates a fact-base bundle. Throws an Error with a one-line, human-readable reason. */
export function parseFactBase(json: unknown): FactBase {
  const parsed = factBaseSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? issue.path.join('.') : 'bundle';
    throw new Error(`invalid fact base: ${where}: ${issue.message}`);
  }
  const problems = crossReferenceProblems(parsed.data);
  if (problems.length) throw new Error(`invalid fact base: ${problems[0]}`);
  return parsed.data;
}

/** Links between entries that must resolve: every id a fact or pattern names exists. */
export function crossReferenceProblems(fb: FactBase): string[] {
  const problems: string[] = [];
  const events = new Set(fb.events.map((e) => e.id));
  const facts = new Set(fb.facts.map((f) => f.id));
  const partnerships = new Set(fb.partnerships.map((p) => p.id));
  for (const p of fb.partnerships) {
    if (!events.has(p.beganWith))
      problems.push(`partnership ${p.id}: beganWith ${p.beganWith} is not an event`);
  }
  for (const e of fb.events) {
    if (!partnerships.has(e.partnership))
      problems.push(`event ${e.id}: unknown partnership ${e.partnership}`);
  }
  for (const f of fb.facts) {
    if (!partnerships.has(f.partnership)) problems.push(`fact ${f.id}: unknown partnership ${f.partnership}`);
    if (f.since && !events.has(f.since)) problems.push(`fact ${f.id}: since ${f.since} is not an event`);
    if (f.until && !events.has(f.until)) problems.push(`fact ${f.id}: until ${f.until} is not an event`);
    for (const s of f.supersededBy) {
      if (!facts.has(s)) problems.push(`fact ${f.id}: supersededBy ${s} is not a fact`);
    }
    for (const frame of f.frames) {
      if (frame.writtenFrom && !events.has(frame.writtenFrom))
        problems.push(`fact ${f.id}: writtenFrom ${frame.writtenFrom} is not an event`);
    }
    if (f.correctedBy && !facts.has(f.correctedBy)) {
      problems.push(`fact ${f.id}: correctedBy ${f.correctedBy} is not a fact`);
    }
  }
  return problems;
}
