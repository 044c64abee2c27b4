// What every robustness file starts from: the pages' site on 127.0.0.1 and the built extension in Chromium, with
// the annotator's reports recorded, started before the file's tests and closed after them.
import { afterAll, beforeAll } from 'vitest';
import { type ExtensionSession, launchExtension } from '../../e2e/support/extension';
import { type ReportSeen, type Site, recordReports, startSite } from './site';

export interface RobustnessSession {
  site: Site;
  session: ExtensionSession;
  reports: (prefix: string) => Promise<ReportSeen[]>;
}

/** Registers the file's set-up and tear-down; the fields are there once `beforeAll` has run. */
export function withSiteAndExtension(): RobustnessSession {
  const env = {} as RobustnessSession;
  beforeAll(async () => {
    env.site = await startSite();
    env.session = await launchExtension();
    env.reports = await recordReports(env.session.context);
  });
  afterAll(async () => {
    await env.session?.close();
    await env.site?.close();
  });
  return env;
}
