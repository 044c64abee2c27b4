import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { isIsoDate, localToday, parseScanArgs, SCAN_HELP, UsageError } from '../../../cli/scan-args';

const TODAY = '2026-11-21';

function usageError(argv: string[]): string {
  try {
    parseScanArgs(argv, TODAY);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`);
}

describe('parseScanArgs', () => {
  it('defaults to the text format, today and the page dates', () => {
    expect(parseScanArgs(['a.html'], TODAY)).toEqual({
      help: false,
      format: 'text',
      asOf: TODAY,
      published: null,
      facts: null,
      inputs: ['a.html'],
      jobs: availableParallelism(),
      summary: false,
      summaryCsv: null,
      warcDate: false,
    });
  });

  it('reads every option, in both --name value and --name=value forms, around the inputs', () => {
    const args = parseScanArgs(
      [
        '--format',
        'json',
        'a.html',
        '--as-of=2026-01-31',
        'b.txt',
        '--published',
        '2023-01-23',
        '--facts=f.json',
        '--jobs',
        '3',
        '--summary-csv=sum.csv',
        '--warc-date',
      ],
      TODAY,
    );
    expect(args).toEqual({
      help: false,
      format: 'json',
      asOf: '2026-01-31',
      published: '2023-01-23',
      facts: 'f.json',
      inputs: ['a.html', 'b.txt'],
      jobs: 3,
      summary: true,
      summaryCsv: 'sum.csv',
      warcDate: true,
    });
  });

  it.each(['json', 'csv', 'w3c', 'text', 'jsonl'])('accepts --format %s', (format) => {
    expect(parseScanArgs(['--format', format, 'x'], TODAY).format).toBe(format);
  });

  it('takes inputs that start with a dash after --', () => {
    expect(parseScanArgs(['--', '-odd-name.html'], TODAY).inputs).toEqual(['-odd-name.html']);
  });

  it('needs no input with --help or -h', () => {
    expect(parseScanArgs(['--help'], TODAY).help).toBe(true);
    expect(parseScanArgs(['-h'], TODAY).help).toBe(true);
    expect(SCAN_HELP).toContain('--format json|csv|w3c|text|jsonl');
    expect(SCAN_HELP).toContain('.warc.gz');
    expect(SCAN_HELP).toContain('no article text');
  });

  it.each([
    [['--format', 'xml', 'a'], '--format must be one of json, csv, w3c, text, jsonl, not "xml"'],
    [['--jobs', '0', 'a'], '--jobs must be a whole number from 1 to 256, not "0"'],
    [['--jobs=two', 'a'], '--jobs must be a whole number from 1 to 256, not "two"'],
    [['--summary', '--format', 'w3c', 'a'], '--summary prints text, csv, json, not "w3c"'],
    [['--summary-csv=', 'a'], '--summary-csv needs a path'],
    [['--as-of', '2026-02-30', 'a'], '--as-of must be a date written YYYY-MM-DD, not "2026-02-30"'],
    [['--as-of', '2026-1-5', 'a'], '--as-of must be a date written YYYY-MM-DD, not "2026-1-5"'],
    [['--as-of=tomorrow', 'a'], '--as-of must be a date written YYYY-MM-DD, not "tomorrow"'],
    [['--published', '23/01/2023', 'a'], '--published must be a date written YYYY-MM-DD, not "23/01/2023"'],
    [['--colour', 'a'], 'unknown option --colour (see --help)'],
    [['-x', 'a'], 'unknown option -x (see --help)'],
    [['a', '--format'], '--format needs a value (write --format=VALUE if it starts with "-")'],
    [
      ['--as-of', '--format', 'json', 'a'],
      '--as-of needs a value (write --as-of=VALUE if it starts with "-")',
    ],
    [['--help=yes'], '--help takes no value'],
    [['--facts=', 'a'], '--facts needs a path'],
    [[], 'no input given (see --help)'],
  ])('rejects %j in one line', (argv, message) => {
    const got = usageError(argv);
    expect(got).toBe(message);
    expect(got).not.toContain('\n');
  });
});

describe('dates', () => {
  it('knows real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023-01-23T00:00:00Z')).toBe(false);
  });

  it('takes today from the local calendar', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localToday(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});
