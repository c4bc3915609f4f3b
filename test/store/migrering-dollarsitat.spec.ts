import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../src/store/migrate.ts';

// The audit log's triggers need plpgsql bodies in migrations (0004_revisjon.sql); this is the splitter they rely on.
describe('splitting a migration into statements', () => {
  it('splits on ; at a line end and drops comment lines', () => {
    expect(splitStatements('-- a comment;\ncreate table a (x int);\n\ninsert into a values (1);  \n')).toEqual([
      'create table a (x int)',
      'insert into a values (1)',
    ]);
  });

  it('keeps ; inside dollar quoting, tagged dollar quoting and string literals', () => {
    const sql = [
      'create function f() returns trigger language plpgsql as $$',
      'begin',
      "  raise exception 'nei;';",
      'end',
      '$$;',
      'do $kropp$ begin perform 1;',
      'end $kropp$;',
      "insert into t values ('a;\nb', 'it''s;');",
      'select 1',
    ].join('\n');
    expect(splitStatements(sql)).toEqual([
      "create function f() returns trigger language plpgsql as $$\nbegin\n  raise exception 'nei;';\nend\n$$",
      'do $kropp$ begin perform 1;\nend $kropp$',
      "insert into t values ('a;\nb', 'it''s;')",
      'select 1',
    ]);
  });

  it('treats $ inside a name or a parameter as no quote', () => {
    expect(splitStatements('select a$b$ from t;\nselect $1;\n')).toEqual(['select a$b$ from t', 'select $1']);
  });
});
