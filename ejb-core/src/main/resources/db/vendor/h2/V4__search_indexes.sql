-- The embedded demo database has no trigram indexes; its catalog is small enough to scan.
-- This version exists so that both databases share one version sequence.
create index event_title_ix on event (title);
