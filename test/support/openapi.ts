import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import { parse } from 'yaml';

/**
 * Validation against Skatteetaten's OpenAPI description of the consumer API ("offentlig med hjemmel"), so tests can
 * check that what we produce is what FREG clients expect.
 *
 * The file we hold is version 1.5; we implement 1.6.2 (spec/README.md). `medVersjon162` adds what 1.6.2 adds to the
 * person and event documents, copied from the 1.6.2 file vendored in statisticsnorway/whodat-service
 * (`src/main/resources/freg-openapi.yaml`): the elements `rettsligHandleevne` and `fratattRettsligHandleevne`, the
 * guardian's `navnFoedselsdato` and `tjenesteomraade`, their `entitet` values and two event types. (1.6.2's
 * `oppholdPaaSvalbard.startdato` is already required in the 1.5 person schema.)
 */

// ajv-formats is CommonJS: under NodeNext its default import is the module object, whose `default` is the plugin.
const addFormats = ajvFormats.default;

type Skjema = { [noekkel: string]: unknown };
const PERSON = 'folkeregisteret.tilgjengeliggjoering.person.v1.';
const HENDELSE = 'folkeregisteret.tilgjengeliggjoering.hendelse.v1.';
const FILNAVN = 'freg-openapi-offentlig-med-hjemmel-1.5.yaml';

// Skatteetaten's contracts are vendored in spec/ so a fresh clone tests against them.
const kandidater = ['../../spec/'].map((mappe) =>
  fileURLToPath(new URL(mappe + FILNAVN, import.meta.url)),
);

const metadata = (medErGjeldende: boolean): Skjema => ({
  aarsak: { type: 'string' },
  ajourholdstidspunkt: { type: 'string', format: 'date-time' },
  ...(medErGjeldende ? { erGjeldende: { type: 'boolean' } } : {}),
  gyldighetstidspunkt: { type: 'string', format: 'date-time' },
  kilde: { type: 'string' },
  opphoerstidspunkt: { type: 'string', format: 'date-time' },
});

function medVersjon162(skjemaer: Record<string, Skjema>): Record<string, Skjema> {
  const ut = structuredClone(skjemaer);
  const egenskaper = (navn: string) => (ut[navn] as { properties: Skjema }).properties;
  const ref = (navn: string) => ({ $ref: `#/components/schemas/${navn}` });
  for (const [ns, iPersondokument] of [[PERSON, true], [HENDELSE, false]] as const) {
    ut[`${ns}RettsligHandleevne`] = {
      title: 'RettsligHandleevne',
      type: 'object',
      required: ['rettsligHandleevneomfang'],
      properties: {
        ...metadata(iPersondokument),
        rettsligHandleevneomfang: { title: 'RettsligHandleevneomfang', type: 'string', enum: ['begrenset'] },
      },
    };
    ut[`${ns}FratattRettsligHandleevne`] = {
      title: 'FratattRettsligHandleevne',
      type: 'object',
      properties: metadata(iPersondokument),
    };
    ut[`${ns}VergeTjenesteomraade`] = {
      title: 'VergeTjenesteomraade',
      type: 'object',
      required: ['vergeTjenesteoppgave', 'vergeTjenestevirksomhet'],
      properties: { vergeTjenesteoppgave: { type: 'string' }, vergeTjenestevirksomhet: { type: 'string' } },
    };
    Object.assign(egenskaper(`${ns}VergeRepresentantEllerFullmektig`), {
      navnFoedselsdato: ref(`${ns}IdentifiserendeInformasjon`),
      tjenesteomraade: { type: 'array', items: ref(`${ns}VergeTjenesteomraade`) },
    });
  }
  Object.assign(egenskaper(`${PERSON}Folkeregisterperson`), {
    rettsligHandleevne: { type: 'array', items: ref(`${PERSON}RettsligHandleevne`) },
    fratattRettsligHandleevne: { type: 'array', items: ref(`${PERSON}FratattRettsligHandleevne`) },
  });
  const registerdata = egenskaper(`${HENDELSE}Registerdata`);
  Object.assign(registerdata, {
    rettsligHandleevne: ref(`${HENDELSE}RettsligHandleevne`),
    fratattRettsligHandleevne: ref(`${HENDELSE}FratattRettsligHandleevne`),
  });
  (registerdata.entitet as { enum: string[] }).enum.push('rettsligHandleevne', 'fratattRettsligHandleevne');
  const hendelsestype = egenskaper(`${HENDELSE}Hendelse`).hendelsestype as { enum: string[] };
  hendelsestype.enum.push('endringIRettsligHandleevne', 'endringIFratattRettsligHandleevne');
  return ut;
}

/**
 * OpenAPI 3.0 schemas are not quite JSON Schema: `nullable: true` becomes a `null` type (the 1.5 file has none
 * today), and `#/components/schemas/X` becomes `#/definitions/X`, where JSON Schema (and ajv's strict mode) expects
 * shared schemas.
 */
function somJsonSchema(verdi: unknown): unknown {
  if (Array.isArray(verdi)) return verdi.map(somJsonSchema);
  if (verdi === null || typeof verdi !== 'object') return verdi;
  const { nullable, ...resten } = verdi as Skjema;
  const ut = Object.fromEntries(Object.entries(resten).map(([k, v]) => [k, somJsonSchema(v)]));
  if (nullable === true && typeof ut.type === 'string') ut.type = [ut.type, 'null'];
  if (typeof ut.$ref === 'string') ut.$ref = ut.$ref.replace('#/components/schemas/', '#/definitions/');
  return ut;
}

let komponenter: Record<string, Skjema> | undefined;

/** The component schemas of the OpenAPI file, with the 1.6.2 additions, as JSON Schema. */
export function openapiComponents(): Record<string, Skjema> {
  if (!komponenter) {
    const fil = kandidater.find((sti) => existsSync(sti));
    if (!fil) throw new Error(`${FILNAVN} not found in ${kandidater.join(' or ')}`);
    const dokument = parse(readFileSync(fil, 'utf8')) as { components: { schemas: Record<string, Skjema> } };
    komponenter = somJsonSchema(medVersjon162(dokument.components.schemas)) as Record<string, Skjema>;
  }
  return komponenter;
}

/** Full component name for a short one (`Folkeregisterperson`); ambiguous short names must be given in full. */
export function componentName(navn: string): string {
  const alle = Object.keys(openapiComponents());
  if (alle.includes(navn)) return navn;
  const treff = alle.filter((k) => k.endsWith(`.${navn}`));
  if (treff.length !== 1) throw new Error(`OpenAPI component "${navn}" matches ${treff.length}: ${treff.join(', ')}`);
  return treff[0] as string;
}

let ajv: Ajv | undefined;

function getAjv(): Ajv {
  if (!ajv) {
    // strict stays on; only OpenAPI's own annotation keywords are declared as known.
    ajv = new Ajv({ allErrors: true, keywords: ['xml', 'example', 'externalDocs', 'discriminator'] });
    addFormats(ajv);
    ajv.addSchema({ $id: 'openapi.json', definitions: openapiComponents() });
  }
  return ajv;
}

function lesbar(feil: ErrorObject): string {
  const sti = feil.instancePath || '/';
  const tillatt = feil.keyword === 'enum' ? ` (${(feil.params.allowedValues as string[]).join(', ')})` : '';
  return `${sti}: ${feil.message ?? feil.keyword}${tillatt}`;
}

/**
 * A validator for one component schema: returns the errors as readable lines (`/status/0/status: must be equal to
 * one of the allowed values (bosatt, …)`), or `[]` when the value is valid.
 */
export function openapiValidator(komponent: string): (verdi: unknown) => string[] {
  const navn = componentName(komponent);
  const instans = getAjv();
  const validate: ValidateFunction =
    instans.getSchema(`openapi.json#/definitions/${navn}`) ??
    instans.compile({ $ref: `openapi.json#/definitions/${navn}` });
  return (verdi) => (validate(verdi) ? [] : (validate.errors ?? []).map(lesbar));
}

/**
 * Structural differences between one of our JSON Schemas (e.g. a TypeBox schema) and an OpenAPI component: property
 * names, required properties, types, date formats and enum values, recursively, following `$ref`. A property we
 * forbid (`not: {}`) counts as absent. Returns lines like `Folkeregisterperson.navn[].fornavn: required only here`.
 */
export function schemaDifferences(ours: unknown, component: string): string[] {
  const ut: string[] = [];
  const deres = { $ref: `#/definitions/${componentName(component)}` };
  sammenlign(ours as Skjema, deres, component.split('.').at(-1) ?? '', ut);
  return ut;
}

function sammenlign(vaar: Skjema, deres: Skjema, sti: string, ut: string[]): void {
  while (typeof deres.$ref === 'string') {
    deres = openapiComponents()[deres.$ref.replace('#/definitions/', '')] as Skjema;
  }
  if (Array.isArray(deres.enum)) {
    const [vaare, deresVerdier] = [enumVerdier(vaar), deres.enum as unknown[]];
    for (const v of vaare.filter((x) => !deresVerdier.includes(x))) ut.push(`${sti}: enum value ${v} only here`);
    for (const v of deresVerdier.filter((x) => !vaare.includes(x))) ut.push(`${sti}: enum value ${v} missing`);
    return;
  }
  const forskjell = (hva: string) => `${sti}: ${hva} ${String(vaar[hva])} here, ${String(deres[hva])} there`;
  if (vaar.type !== deres.type) return void ut.push(forskjell('type'));
  if (deres.type === 'array') return sammenlign(vaar.items as Skjema, deres.items as Skjema, `${sti}[]`, ut);
  if (deres.format === 'date' || deres.format === 'date-time' || vaar.format !== undefined) {
    if (vaar.format !== deres.format) ut.push(forskjell('format'));
  }
  if (deres.type !== 'object') return;
  const vaareEgenskaper = Object.fromEntries(
    Object.entries((vaar.properties ?? {}) as Record<string, Skjema>).filter(([, s]) => !erForbudt(s)),
  );
  const deresEgenskaper = (deres.properties ?? {}) as Record<string, Skjema>;
  const vaareKrav = (vaar.required ?? []) as string[];
  const deresKrav = (deres.required ?? []) as string[];
  for (const navn of new Set([...Object.keys(vaareEgenskaper), ...Object.keys(deresEgenskaper)])) {
    const [v, d] = [vaareEgenskaper[navn], deresEgenskaper[navn]];
    if (!v || !d) {
      ut.push(`${sti}.${navn}: property only ${v ? 'here' : 'there'}`);
      continue;
    }
    if (vaareKrav.includes(navn) !== deresKrav.includes(navn)) {
      ut.push(`${sti}.${navn}: required only ${vaareKrav.includes(navn) ? 'here' : 'there'}`);
    }
    sammenlign(v, d, `${sti}.${navn}`, ut);
  }
}

const erForbudt = (s: Skjema) => typeof s.not === 'object' && s.not !== null && Object.keys(s.not).length === 0;

function enumVerdier(s: Skjema): unknown[] {
  if (Array.isArray(s.enum)) return s.enum;
  if ('const' in s) return [s.const];
  if (Array.isArray(s.anyOf)) return (s.anyOf as Skjema[]).flatMap(enumVerdier);
  return [];
}
