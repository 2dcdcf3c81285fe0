-- Promo codes of events and their uses by orders. See docs/architecture.md, "Promo codes".
-- Runs on PostgreSQL and on H2 in PostgreSQL mode.

create sequence promo_code_seq start with 50 increment by 50;
create table promo_code (
    id                   bigint       not null primary key,
    event_id             bigint       not null references event (id),
    -- As typed, upper-cased: entry is case-insensitive and codes are unique across the platform.
    code                 varchar(40)  not null,
    discount_kind        varchar(10)  not null,
    -- PERCENT: 0 to 100; FIXED: minor units of currency.
    discount_value       bigint       not null,
    currency             varchar(3)   not null,
    valid_from           timestamp with time zone,
    valid_until          timestamp with time zone,
    max_uses             integer,
    max_uses_per_buyer   integer,
    -- Narrower scope than the event: one session, or one price category (of one session).
    session_id           bigint       references event_session (id),
    price_category_id    bigint       references price_category (id),
    active               boolean      not null default true,
    -- Uses held by live orders or final (paid), counted by one conditional UPDATE per use.
    uses                 integer      not null default 0,
    created_at           timestamp with time zone not null,
    version              bigint       not null default 0,
    constraint promo_code_kind_known check (discount_kind in ('PERCENT', 'FIXED')),
    constraint promo_code_percent_range check (discount_kind <> 'PERCENT' or discount_value between 0 and 100),
    constraint promo_code_value_positive check (discount_value >= 0),
    constraint promo_code_window check (valid_from is null or valid_until is null or valid_from < valid_until),
    constraint promo_code_max_positive check (max_uses is null or max_uses > 0),
    constraint promo_code_per_buyer_positive check (max_uses_per_buyer is null or max_uses_per_buyer > 0),
    -- The limit itself: whatever the code does, the database never counts a use beyond it.
    constraint promo_code_within_limit check (uses >= 0 and (max_uses is null or uses <= max_uses))
);
create unique index promo_code_code_uk on promo_code (code);
create index promo_code_event_ix on promo_code (event_id);

-- One code per order at most. HELD while the order is PENDING (until held_until, the order's
-- expiry), FINAL once paid, RELEASED when the order was cancelled or expired. A buyer who removes
-- the code from the order deletes the row.
create table promo_code_use (
    order_id       bigint       not null primary key references event_session_order (id),
    promo_code_id  bigint       not null references promo_code (id),
    -- 'user:<id>' for an account, 'email:<address>' for a guest who gave one; else null.
    buyer_key      varchar(330),
    state          varchar(10)  not null,
    held_until     timestamp with time zone not null,
    applied_at     timestamp with time zone not null,
    closed_at      timestamp with time zone,
    constraint promo_code_use_state_known check (state in ('HELD', 'FINAL', 'RELEASED'))
);
-- The per-buyer count and the reclaim of expired holds.
create index promo_code_use_buyer_ix on promo_code_use (promo_code_id, buyer_key);
create index promo_code_use_held_ix on promo_code_use (promo_code_id, state, held_until);
