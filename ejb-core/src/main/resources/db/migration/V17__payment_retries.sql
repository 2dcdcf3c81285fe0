-- Payments the reconciliation or the refund worker could not settle this time (the provider did
-- not answer, or refused): asked again from retry_at on, after the others, so that a few payments
-- that keep failing never stop the rest.
alter table payment add column retry_at timestamp with time zone;
