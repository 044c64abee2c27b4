// Turns `scan`'s inputs into a stream of pages to judge, in input order: files and URLs as they are, each
// page of a WARC, and the inputs listed on stdin for "-". Records that are not pages are reported here.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { JudgedDocument, JudgeTask } from './pool/judge-task';
import { STDIN_LIST } from './scan-args';
import { isWarcPath, WarcFileError, warcPages } from './warc/warc-pages';

/** A page to judge, or an input already known to be unreadable. */
export type ScanItem = { kind: 'task'; task: JudgeTask } | { kind: 'failed'; document: JudgedDocument };

export interface SourceIo {
  stderr: (s: string) => void;
  stdin?: Readable;
}

export async function* scanItems(
  inputs: readonly string[],
  published: string | null,
  io: SourceIo,
): AsyncGenerator<ScanItem> {
  for (const input of inputs) {
    if (input === STDIN_LIST) {
      if (!io.stdin) throw new Error('no stdin to read the input list from');
      for await (const line of createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
        const listed = line.trim();
        // A listed "-" would read stdin again: it is not an input here.
        if (listed && listed !== STDIN_LIST) yield* itemsOf(listed, published, io);
      }
    } else {
      yield* itemsOf(input, published, io);
    }
  }
}

async function* itemsOf(input: string, published: string | null, io: SourceIo): AsyncGenerator<ScanItem> {
  if (!isWarcPath(input)) {
    yield { kind: 'task', task: { kind: 'input', source: input } };
    return;
  }
  try {
    for await (const item of warcPages(input)) {
      if (item.kind === 'skipped') {
        io.stderr(`scan: ${input}: ${item.uri || 'record without a URI'}: skipped, ${item.reason}\n`);
        continue;
      }
      const task: JudgeTask = {
        kind: 'raw',
        source: item.uri || input,
        raw: item.raw,
        warcDate: item.warcDate,
      };
      yield { kind: 'task', task };
    }
  } catch (e) {
    if (!(e instanceof WarcFileError)) throw e;
    yield {
      kind: 'failed',
      document: { source: input, title: null, published, text: '', claims: [], errors: [e.message] },
    };
  }
}
