// `npm start`. Only the Node.js check is imported statically: everything else is imported after it, so an
// old Node.js gets a message saying which version is needed instead of a failed import.
import { requireNode } from './node-version.ts';

requireNode();
const { serve } = await import('./serve.ts');
await serve();
