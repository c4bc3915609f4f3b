import { testregler } from './testregler.ts';

/** The test rules as a module `folkeregister serve` can load (FOLKEREGISTER_MELDINGSREGLER): oppsett.spec.ts loads it. */
export const meldingsregler = testregler();
