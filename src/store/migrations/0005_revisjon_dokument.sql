-- The archive version or event document a disclosure gave out, when not the current person (spec §1.4.3, §1.4.11).
-- Rows written before this column hash as before: the chain covers the value only where it is set.
alter table revisjonslogg add column dokumentidentifikator text;
