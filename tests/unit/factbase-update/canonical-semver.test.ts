import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../core/factbase/canonical-json';
import { compareVersions, isDottedVersion, isSemver } from '../../../core/factbase/semver';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: null, y: 'é' }], c: true } })).toBe(
      '{"a":{"c":true,"d":[3,{"y":"é","z":null}]},"b":1}',
    );
  });

  it('gives equal values the same text whatever the key order, and parses back to the value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        const shuffled = JSON.parse(JSON.stringify(value), (_k, v) =>
          v && typeof v === 'object' && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).reverse())
            : v,
        );
        expect(canonicalJson(shuffled)).toBe(text);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves out undefined members, as JSON does, and refuses what JSON cannot hold', () => {
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
    expect(() => canonicalJson({ n: Number.NaN })).toThrow('canonical JSON: $.n is not a finite number');
    expect(() => canonicalJson({ d: new Date(0) })).toThrow('canonical JSON: $.d is not a plain object');
    expect(() => canonicalJson({ f: () => 1 })).toThrow('canonical JSON: $.f is a function');
  });
});

describe('versions', () => {
  it('compares numerically, part by part', () => {
    expect(compareVersions('1.10.0', '1.9.9')).toBe(1);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('0.9.12', '1.0.0')).toBe(-1);
    expect(compareVersions('1.2', '1.2.0')).toBe(0);
    expect(compareVersions('1.2.0.1', '1.2.0')).toBe(1);
  });

  it('tells data versions (x.y.z) from extension versions (1 to 4 integers)', () => {
    expect(isSemver('1.0.0')).toBe(true);
    expect(isSemver('1.0')).toBe(false);
    expect(isSemver('01.0.0')).toBe(false);
    expect(isSemver('1.0.0-beta')).toBe(false);
    expect(isDottedVersion('0.1')).toBe(true);
    expect(isDottedVersion('1.2.3.4')).toBe(true);
    expect(isDottedVersion('1.2.3.4.5')).toBe(false);
    expect(() => compareVersions('x', '1.0.0')).toThrow('not a version: "x"');
  });
});
