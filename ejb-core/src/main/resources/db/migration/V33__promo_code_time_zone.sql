-- The time zone a promo code's validity was entered in and is shown in: its session's venue's
-- zone, or for an event-wide code the zone of the event's first session. Codes made before were
-- entered in UTC.
alter table promo_code add column time_zone varchar(64) not null default 'UTC';
