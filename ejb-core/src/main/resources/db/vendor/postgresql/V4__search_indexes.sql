-- Text search on the public site matches "contains, ignoring case" (lower(x) like '%q%'):
-- trigram indexes serve exactly that. pg_trgm is a trusted extension: the database owner may
-- create it.
create extension if not exists pg_trgm;
create index event_title_trgm_ix on event using gin (lower(title) gin_trgm_ops);
create index artist_name_trgm_ix on artist using gin (lower(name) gin_trgm_ops);
create index venue_name_trgm_ix on venue using gin (lower(name) gin_trgm_ops);
