import type { EntryGenerator } from './$types';

// French at /donnees-distantes/, English at /en/donnees-distantes/: both prerendered.
export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'en' }];
