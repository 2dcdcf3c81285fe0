-- The admin's orders table (reporting.OrderOverview): newest first by default, and filtered by a
-- range of creation days. Runs on PostgreSQL and on H2 in PostgreSQL mode.
create index event_session_order_created_ix on event_session_order (created_at);
