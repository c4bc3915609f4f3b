import { lagPlan } from '../src/synth/plan/plan.ts';
import { likekjoennet } from '../src/synth/plan/modell.ts';
const p = lagPlan({ antall: Number(process.argv[2] ?? 1e5), seed: 'x' });
const ll = p.samliv.filter((s) => likekjoennet(s, p.personer));
const medmor = p.personer.filter((b) => b.far !== undefined && p.personer[b.far]!.kjoenn === 'kvinne').length;
console.log({ par: p.samliv.length, likekjoennet: ll.length, kvinner: ll.filter((s) => p.personer[s.a]!.kjoenn === 'kvinne').length,
  gift: ll.filter((s) => s.vigsel && !s.partnerskap).length, partnerskap: ll.filter((s) => s.partnerskap).length, medmor,
  blandetGift: p.samliv.filter((s) => s.vigsel && !likekjoennet(s, p.personer)).length });
