// Entry of each pool worker. Worker threads start without the TypeScript loader that `tsx` (npm run scan) or
// vitest gave the main thread, so tsx is registered here before the TypeScript handler is imported.
import { register } from 'tsx/esm/api';

register();
const { default: judge } = await import('./judge-worker.ts');

export default judge;
