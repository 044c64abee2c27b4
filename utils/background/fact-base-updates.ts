// Fact-base updates in the background: when to check (at install, at browser start, on a daily alarm, and
// when the reader asks), where (the build's channel, or the address the reader set), what to keep (the store
// in core/factbase/update-store.ts over browser.storage.local), and the fact base in use, which the background
// hands to the annotator, the popup and the options page. The checking itself is core/factbase/update-check.ts.
//
// The background is the only part that reads the stored download. It validates it (zod, plus links) when it
// first loads it in a service-worker life, and after each check, before handing it out: pages never pay for
// validation, and never see stored data that did not pass it. Stored data that does not validate is set aside
// and the bundled copy is used.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { bundledFactBase } from '@/core/factbase/bundled';
import type { FactBase } from '@/core/factbase/schema';
import type { BuildUpdateChannel } from '@/core/factbase/update-config';
import { type FetchLike, checkForUpdate } from '@/core/factbase/update-check';
import {
  type ActiveFactBase,
  type KeyValueStorage,
  loadActiveFactBase,
  readUpdateStatus,
  runUpdate,
  type StoreTrust,
} from '@/core/factbase/update-store';
import { type Handlers, type ServedFactBase, type UpdateState, sendMessage } from '../messaging';
import { updateUrlItem } from '../storage';
import { BUILD_UPDATE_CHANNEL, type ChannelInUse, channelInUse } from '../update-channel';
import { tabsWithLens } from './tab-views';

export const UPDATE_ALARM = 'plens-fact-base-update';
/** How often installed extensions check: once a day. */
export const CHECK_EVERY_MINUTES = 24 * 60;
/** A browser start this soon after the last check does not check again. */
export const STARTUP_MIN_GAP_MS = 60 * 60 * 1000;

/** browser.storage.local as the update store sees it (through WXT's storage, as the settings are). */
export const localKeyValueStorage: KeyValueStorage = {
  get: (key) => storage.getItem(`local:${key}`),
  set: (key, value) => storage.setItem(`local:${key}`, value),
};

export interface UpdateDeps {
  channel: BuildUpdateChannel;
  storage: KeyValueStorage;
  bundled: FactBase;
  fetch: FetchLike;
  /** The running extension's version, compared with a release's minExtensionVersion. */
  extensionVersion: () => string;
  now: () => Date;
  checkEveryMinutes: number;
}

export function defaultUpdateDeps(): UpdateDeps {
  return {
    channel: BUILD_UPDATE_CHANNEL,
    storage: localKeyValueStorage,
    bundled: bundledFactBase(),
    fetch: (url, init) => fetch(url, init),
    extensionVersion: () => browser.runtime.getManifest().version,
    now: () => new Date(),
    checkEveryMinutes: CHECK_EVERY_MINUTES,
  };
}

export class FactBaseUpdates {
  private active: Promise<ActiveFactBase> | null = null;
  private running: Promise<UpdateState> | null = null;
  /** The recorded check (its time) the loaded fact base reflects. */
  private loadedAfter: string | null = null;
  /** How many checks began in this service-worker life. */
  private started = 0;
  /** Stored data found damaged and set aside, not yet recorded with a check. */
  private problem: string | null = null;

  constructor(private readonly deps: UpdateDeps = defaultUpdateDeps()) {}

  /** The messages the background answers about the fact base. */
  readonly handlers: Handlers = {
    'factbase:get': () => this.served(),
    'factbase:state': () => this.state(),
    'factbase:check': () => this.checkNow(),
  };

  /**
   * Checks at install (and extension update), at browser start and on the daily alarm; has the fact base ready
   * for the first page. A build without an update channel has no `alarms` permission and never checks.
   */
  listen(): void {
    const quietly = (run: Promise<unknown>) => run.catch(() => undefined);
    if (this.deps.channel.enabled) {
      browser.runtime.onInstalled.addListener(() => quietly(this.onInstalled()));
      browser.runtime.onStartup.addListener(() => quietly(this.onStartup()));
      browser.alarms.onAlarm.addListener((alarm) => quietly(this.onAlarm(alarm)));
    }
    void quietly(this.onWake());
  }

  /**
   * The fact base in use: loaded (and validated) once per service-worker life, and again when a check was
   * recorded since. A page that hears of a check (it watches the recorded status) and asks at once gets the
   * fact base that check left, even while the check is still finishing here.
   */
  async current(): Promise<ActiveFactBase> {
    const attempt = (await readUpdateStatus(this.deps.storage))?.lastAttempt ?? null;
    if (attempt !== this.loadedAfter) {
      this.loadedAfter = attempt;
      this.active = null;
    }
    return this.activeFactBase();
  }

  /**
   * The keys this build trusts. Stored data is verified against them on every load: data signed with a key an
   * extension update retired is evicted, and a build without an update channel trusts no download at all.
   */
  private trust(): StoreTrust {
    return { publicKeys: this.deps.channel.enabled ? this.deps.channel.publicKeys : [] };
  }

  /** The fact base in use as last loaded. */
  private activeFactBase(): Promise<ActiveFactBase> {
    if (this.active === null) {
      const loading = loadActiveFactBase(this.deps.storage, this.deps.bundled, this.trust()).then(
        (active) => {
          if (active.problem !== null) {
            this.problem = active.problem;
            // The bundled copy is in use now; fetch the release again rather than wait a day.
            if (this.deps.channel.enabled) void this.checkNow();
          }
          return active;
        },
      );
      this.active = loading;
      // A failure is not kept: the next request tries again.
      loading.catch(() => {
        if (this.active === loading) this.active = null;
      });
    }
    return this.active;
  }

  async served(): Promise<ServedFactBase> {
    return servedFrom(await this.current());
  }

  async state(): Promise<UpdateState> {
    const [active, status, channel] = await Promise.all([
      this.current(),
      readUpdateStatus(this.deps.storage),
      this.channel(),
    ]);
    return {
      channel: channel.enabled
        ? { enabled: true, url: channel.url, defaultUrl: channel.defaultUrl, custom: channel.custom }
        : { enabled: false },
      inUse: servedFrom(active).inUse,
      status,
      problem: this.problem,
    };
  }

  /** Installed or updated: check at once, then once a day. */
  async onInstalled(): Promise<void> {
    if (!(await this.schedule({ restart: true }))) return;
    await this.checkNow();
  }

  /** The browser started: make sure the daily check is scheduled, and check unless one ran just now. */
  async onStartup(): Promise<void> {
    if (!(await this.schedule({ restart: false }))) return;
    const started = this.started;
    const last = (await readUpdateStatus(this.deps.storage))?.lastAttempt;
    // A check that began meanwhile (at install, the browser reports both) is this one.
    if (this.started !== started) {
      await this.running;
      return;
    }
    const since =
      last === undefined ? Number.POSITIVE_INFINITY : this.deps.now().getTime() - Date.parse(last);
    if (!(since < STARTUP_MIN_GAP_MS)) await this.checkNow();
  }

  /** The service worker woke up: keep the schedule as the build wants it, and have the fact base ready. */
  async onWake(): Promise<void> {
    await this.schedule({ restart: false });
    await this.current();
  }

  async onAlarm(alarm: { name: string }): Promise<void> {
    if (alarm.name === UPDATE_ALARM) await this.checkNow();
  }

  /**
   * One check of the update channel; a request while one runs waits for it. An accepted update becomes the
   * fact base in use, and every open tab with the annotator judges its page again with it.
   */
  checkNow(): Promise<UpdateState> {
    if (this.running === null) {
      this.started += 1;
      this.running = this.check().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  private async check(): Promise<UpdateState> {
    const channel = await this.channel();
    if (!channel.enabled) return this.state();
    const previous = await this.current();
    const problem = this.problem;
    const { status, active } = await runUpdate(this.deps.storage, {
      bundled: this.deps.bundled,
      now: this.deps.now,
      storageProblem: problem,
      trust: this.trust(),
      check: (current) =>
        checkForUpdate({
          latestUrl: channel.url,
          fetch: this.deps.fetch,
          publicKey: channel.publicKeys,
          current,
          extensionVersion: this.deps.extensionVersion(),
          allowLoopbackHttp: channel.allowLoopbackHttp,
          now: this.deps.now,
        }),
    });
    if (this.problem === problem) this.problem = null;
    this.active = Promise.resolve(active);
    this.loadedAfter = status.lastAttempt;
    if (active.version !== previous.version || active.origin !== previous.origin) {
      await this.tellTabs(servedFrom(active));
    }
    return this.state();
  }

  /** Sends the new fact base to every tab with the annotator; a tab without one just does not answer. */
  private async tellTabs(served: ServedFactBase): Promise<void> {
    const tabs = await tabsWithLens();
    await Promise.all(
      tabs.map((tabId) => sendMessage('lens:factbase', served, { tabId }).catch(() => false)),
    );
  }

  /**
   * The daily alarm. Returns whether updates are on: a build without an update channel has no alarm (nor the
   * `alarms` permission) and never checks.
   */
  private async schedule(opts: { restart: boolean }): Promise<boolean> {
    if (!this.deps.channel.enabled) return false;
    const period = this.deps.checkEveryMinutes;
    const existing = await browser.alarms.get(UPDATE_ALARM);
    if (opts.restart || existing?.periodInMinutes !== period) {
      await browser.alarms.create(UPDATE_ALARM, { delayInMinutes: period, periodInMinutes: period });
    }
    return true;
  }

  private async channel(): Promise<ChannelInUse> {
    if (!this.deps.channel.enabled) return { enabled: false };
    let readerUrl: string | null = null;
    try {
      const stored = await updateUrlItem.getValue();
      readerUrl = typeof stored === 'string' ? stored : null;
    } catch {
      // Unreadable: the build's address.
    }
    return channelInUse(this.deps.channel, readerUrl);
  }
}

function servedFrom(active: ActiveFactBase): ServedFactBase {
  const { manifest } = active.factBase;
  return {
    inUse: { version: manifest.version, published: manifest.published, origin: active.origin },
    factBase: active.origin === 'downloaded' ? active.factBase : null,
  };
}
