// What the background accepts, as zod schemas: every message is parsed before a handler sees it. A report
// comes from a content script in a page the extension does not control, so it is bounded (sizes, counts),
// typed field by field, and its links are http(s) only; unknown fields are dropped. A message that does not
// parse is dropped and logged: it is never stored, shown on the badge or rendered in the popup.
import { z } from '@/core/factbase/zod';
import type { PageReport, ReportedClaim } from '@/core/report/page-report';
import { STATUSES } from '@/core/types';
import type { MessageType, RequestOf } from '../messaging';

const MAX_CLAIMS = 2000;
const SHORT = 200;
const LONG = 5000;

const isoDate = z.iso.date();
const status = z.enum(STATUSES);
const webUrl = z
  .string()
  .max(LONG)
  .refine((u) => {
    try {
      const { protocol } = new URL(u);
      return protocol === 'https:' || protocol === 'http:';
    } catch {
      return false;
    }
  }, 'an http(s) URL');

const claimSchema = z.object({
  annotationId: z.string().regex(/^plens-\d+(\.\d+)?$/),
  id: z.string().max(SHORT),
  text: z.string().max(LONG),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  status,
  asPublished: status.nullable(),
  // A plain string: the engine's topic vocabulary lives in code and grows.
  topic: z.string().max(SHORT),
  factId: z.string().max(SHORT).nullable(),
  explanation: z.string().max(LONG),
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable(),
  partnership: z.string().max(SHORT).nullable(),
});

export const pageReportSchema = z.object({
  url: webUrl,
  title: z.string().max(LONG).nullable(),
  published: isoDate.nullable(),
  asOf: isoDate,
  factBase: z.object({ version: z.string().max(SHORT), published: isoDate }),
  claims: z.array(claimSchema).max(MAX_CLAIMS),
});

// The schemas and the types the rest of the code uses must describe the same thing: a change to one that
// the other does not follow fails the typecheck here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const reportMatches: Same<
  z.infer<typeof claimSchema>,
  Omit<ReportedClaim, 'topic'> & { topic: string }
> = true;
const pageMatches: Same<Omit<z.infer<typeof pageReportSchema>, 'claims'>, Omit<PageReport, 'claims'>> = true;
void reportMatches;
void pageMatches;

const nothing = z.null();

/** One schema per message the background answers. */
export const backgroundSchemas = {
  'precheck:hit': nothing,
  'lens:report': z.object({ report: pageReportSchema.nullable() }),
  'lens:style': z.object({ key: z.string().regex(/^[0-9a-f]{32}$/) }),
  'tab:open': z.object({ tabId: z.number().int().nonnegative() }),
  'timeline:open': z.object({
    partnership: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/)
      .max(SHORT),
    topic: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/)
      .max(SHORT),
    factId: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/)
      .max(SHORT)
      .nullable(),
    status,
    published: isoDate.nullable(),
  }),
  'factbase:get': nothing,
  'lens:worker': nothing,
  'lens:engine': nothing,
  'factbase:state': nothing,
  'factbase:check': nothing,
} satisfies { [K in MessageType]?: z.ZodType<unknown> };

export type BackgroundSchemas = typeof backgroundSchemas;
export type CheckedRequest<K extends keyof BackgroundSchemas> = RequestOf<K>;
