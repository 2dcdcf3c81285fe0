-- Orders of the checkout gateway and the availability of every session on sale (one row per
-- seat, one row per standing place), which the orders claim. See docs/architecture.md,
-- "Orders and inventory". Runs on PostgreSQL and on H2 in PostgreSQL mode.

create sequence event_session_order_seq start with 50 increment by 50;
create table event_session_order (
    id                         bigint      not null primary key,
    pnr                        varchar(7)  not null,
    session_id                 bigint      not null references event_session (id),
    buyer_id                   bigint      references app_user (id),
    -- SHA-256 (hex) of the secret the buyer got when the order started; the secret itself is not stored.
    token_hash                 char(64)    not null,
    status                     varchar(10) not null,
    -- Seats and standing places the order holds now, and at most (from the settings at its start).
    tickets                    integer     not null default 0,
    max_tickets                integer     not null,
    created_at                 timestamp with time zone not null,
    expire_if_not_completed_at timestamp with time zone not null,
    closed_at                  timestamp with time zone,
    version                    bigint      not null default 0,
    constraint order_status_known check (status in ('PENDING', 'PAID', 'CANCELLED', 'REFUNDED')),
    constraint order_max_tickets_range check (max_tickets between 1 and 100),
    constraint order_tickets_within_limit check (tickets between 0 and max_tickets),
    constraint order_expires_after_start check (expire_if_not_completed_at > created_at)
);
create unique index event_session_order_pnr_uk on event_session_order (pnr);
-- The sweeper: PENDING orders past their expiry.
create index event_session_order_expiry_ix on event_session_order (status, expire_if_not_completed_at);
create index event_session_order_session_ix on event_session_order (session_id);
create index event_session_order_buyer_ix on event_session_order (buyer_id);

-- held_until says until when a seat or place is not for sale, so that one range condition
-- (held_until < now) finds what can be claimed, an expired hold included:
--   free: 1970-01-01, no order;  held: the order's expiry;  sold: 9999-12-31.
-- These tables get a row per seat and place of every session on sale (about a million for the
-- demo catalog), so they carry little:
--  * few indexes: a seat claim changes no indexed column, so PostgreSQL can update the row in
--    place (HOT); an order's rows are found within its session;
--  * no foreign keys to the session, seat and section: checking them was two thirds of the
--    time to open a session (100,000 seat rows: 0.4 s without, 1.8 s with). Sessions, sections
--    and seats of a venue with sessions are never deleted (catalog.VenueDeletion refuses), and
--    whoever adds deleting a session deletes its inventory with it. The order a row points to is
--    checked: that is what a claim writes.
create table session_seat (
    session_id bigint not null,
    seat_id    bigint not null,
    section_id bigint not null,
    order_id   bigint references event_session_order (id),
    held_until timestamp with time zone not null,
    primary key (session_id, seat_id)
);

create table session_place (
    session_id bigint  not null,
    section_id bigint  not null,
    place_no   integer not null,
    order_id   bigint  references event_session_order (id),
    held_until timestamp with time zone not null,
    primary key (session_id, section_id, place_no),
    constraint session_place_no_positive check (place_no > 0)
);
-- A claim of n places reads the first n claimable rows of this index, skipping locked ones.
create index session_place_claimable_ix on session_place (session_id, section_id, held_until);
