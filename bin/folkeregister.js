#!/usr/bin/env node
// The operator command. TypeScript sources run through tsx's loader so that a fresh clone needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
await main(process.argv.slice(2));
