import { testregler } from './testregler.ts';

/** The test rules as a module `folkeregister serve` can load (FOLKEREGISTER_MELDINGSREGLER), for the crash test. */
export const meldingsregler = testregler();
