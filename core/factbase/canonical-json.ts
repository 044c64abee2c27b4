// Canonical JSON: one byte sequence per value, so a bundle's sha256 is reproducible from its content.
// Object keys are sorted by UTF-16 code units (as JSON.stringify compares strings), no whitespace; numbers
// and strings are written the way JSON.stringify writes them. This is RFC 8785 (JCS) for the values a
// fact base holds: strings, finite numbers, booleans, null, arrays and plain objects.

/** The canonical JSON text of `value`. Throws on what JSON cannot represent faithfully. */
export function canonicalJson(value: unknown): string {
  return write(value, '$');
}

function write(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`canonical JSON: ${path} is not a finite number`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        return `[${value.map((item, i) => (item === undefined ? 'null' : write(item, `${path}[${i}]`))).join(',')}]`;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        throw new Error(`canonical JSON: ${path} is not a plain object`);
      }
      const record = value as Record<string, unknown>;
      const members = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${write(record[key], `${path}.${key}`)}`);
      return `{${members.join(',')}}`;
    }
    default:
      throw new Error(`canonical JSON: ${path} is a ${typeof value}`);
  }
}
