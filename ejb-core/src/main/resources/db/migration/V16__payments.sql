-- Payments (issue 14): the money an order was charged through a provider, the providers' webhook
-- events, and what the order fixed when its buyer started to pay. See docs/architecture.md,
-- "Payments". Runs on PostgreSQL and on H2 in PostgreSQL mode.

-- The totals are final once the buyer starts to pay: the charge is for exactly these.
alter table event_session_order add column currency char(3);
alter table event_session_order add column subtotal_minor bigint;
alter table event_session_order add column discount_minor bigint;
alter table event_session_order add column fee_minor bigint;
alter table event_session_order add column total_minor bigint;
-- A payment was started and the provider has not settled it yet: the hold sweeper leaves the
-- order to the reconciliation, which asks the provider first. Its seats are claimable by others
-- once the hold ran out all the same (held_until), so an open payment never blocks a buyer.
alter table event_session_order add column payment_open boolean not null default false;
alter table event_session_order add column paid_at timestamp with time zone;
-- The language of the page the buyer paid on: the language of the order's emails.
alter table event_session_order add column language varchar(8);
alter table event_session_order add constraint order_paid_has_total
    check (status <> 'PAID' or total_minor is not null);

create sequence payment_seq start with 50 increment by 50;
create table payment (
    id            bigint      not null primary key,
    order_id      bigint      not null references event_session_order (id),
    provider      varchar(10) not null,
    -- The provider's reference (Stripe PaymentIntent id, PayPal order id); null until the provider
    -- answered the create: the row exists first, so that a crash in between loses nothing.
    payment_ref   varchar(100),
    capture_ref   varchar(100),
    amount_minor  bigint      not null,
    currency      char(3)     not null,
    status        varchar(12) not null,
    -- Why an admin should look: RECONCILED (settled by asking the provider), LATE (confirmed after
    -- the hold ran out), MISMATCH (amount, currency or order did not match: refused), REFUND_DUE /
    -- AUTO_REFUNDED (taken for an order that could not be sold: paid back).
    attention     varchar(14),
    note          varchar(500),
    refund_ref    varchar(100),
    created_at    timestamp with time zone not null,
    settled_at    timestamp with time zone,
    version       bigint      not null default 0,
    constraint payment_provider_known check (provider in ('STRIPE', 'PAYPAL', 'TEST')),
    constraint payment_status_known
        check (status in ('STARTED', 'SUCCEEDED', 'FAILED', 'ABANDONED', 'REFUND_DUE', 'REFUNDED')),
    constraint payment_attention_known
        check (attention is null or attention in ('RECONCILED', 'LATE', 'MISMATCH', 'AUTO_REFUNDED')),
    constraint payment_amount_positive check (amount_minor > 0)
);
create unique index payment_provider_ref_uk on payment (provider, payment_ref);
create index payment_order_ix on payment (order_id);
-- The reconciliation and the refund worker: payments not settled yet.
create index payment_status_ix on payment (status, created_at);
create index payment_attention_ix on payment (attention, created_at);

-- Every verified webhook event, once: the provider's event id de-duplicates it.
create sequence payment_event_seq start with 50 increment by 50;
create table payment_event (
    id          bigint       not null primary key,
    provider    varchar(10)  not null,
    event_id    varchar(100) not null,
    type        varchar(60)  not null,
    payment_ref varchar(100),
    order_id    bigint,
    outcome     varchar(30)  not null,
    received_at timestamp with time zone not null,
    payload     text         not null
);
create unique index payment_event_uk on payment_event (provider, event_id);
create index payment_event_order_ix on payment_event (order_id);
