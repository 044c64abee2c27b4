// zod, set up once for every schema of the project: no code generation. zod's fast path compiles parsers with
// `new Function`, and even its probe for that is reported as a violation of the extension's CSP (no eval) in
// the browser console; the interpreted path is fast enough for a fact base. Import `z` from here, not 'zod',
// so this runs before any schema is built.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
