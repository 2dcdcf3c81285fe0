-- The dashboards' sales figures (reporting.PlatformSales, StaffDashboards): PAID orders by the
-- moment their payment was confirmed (today, the last 30 days, per day). Runs on PostgreSQL and
-- on H2 in PostgreSQL mode.
create index event_session_order_paid_ix on event_session_order (status, paid_at);
