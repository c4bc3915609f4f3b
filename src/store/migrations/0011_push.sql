-- Push delivery of the event feed (docs/push.md): an organisation's webhook subscriptions under one rights package,
-- each with its cursor, its filters, its signing secret, its retry state, and a lease so that one server process at a
-- time delivers it (src/access/push/).

create table push_abonnement (
  id text primary key,
  organisasjonsnummer text not null references konsument_organisasjon (organisasjonsnummer),
  -- The system vendor whose token made it, if any: delivery is checked as that vendor's calls would be (spec §6.1).
  leverandoer text,
  rettighetspakke text not null,
  webhook text not null,
  -- Kept as issued, because signing needs the secret itself (HMAC); docs/push.md "The secret" says why not encrypted.
  hemmelighet text not null,
  -- Filters as the package sees them (`lesFeedside`'s `hendelsestyper` and `kommunenummer`); null means all.
  hendelsestyper text[],
  kommunenummer text,
  antall int not null default 1000 check (antall between 1 and 1000),
  -- The cursor: the next sequence number to deliver. Moved forward only after the webhook answered 2xx.
  seq bigint not null check (seq >= 1),
  opprettet timestamptz not null default now(),
  -- Retry state: consecutive failures, when to try next, and what the consumer sees in `GET`.
  forsoek int not null default 0,
  neste_forsoek timestamptz not null default now(),
  siste_forsoek timestamptz,
  siste_feil text,
  sist_levert timestamptz,
  -- The lease: who delivers it now and until when (database clock). A random token per claim, so that a process whose
  -- lease ran out cannot move the cursor of a claim it no longer holds.
  leie text,
  leie_til timestamptz
);
create index push_abonnement_eier on push_abonnement (organisasjonsnummer, rettighetspakke);
create index push_abonnement_forfall on push_abonnement (neste_forsoek);

-- Wakes deliverers and event streams in every server process the moment a write commits: NOTIFY is sent at commit
-- and only if the transaction commits (PostgreSQL docs, NOTIFY). The write path updates `sekvens` last in each
-- transaction, so this fires once per committed write, on PGlite as on PostgreSQL.
create function push_varsle_hendelse() returns trigger language plpgsql as $$
begin
  perform pg_notify('folkeregister_hendelse', new.siste::text);
  return null;
end
$$;

create trigger sekvens_varsle after update of siste on sekvens for each row execute function push_varsle_hendelse();
