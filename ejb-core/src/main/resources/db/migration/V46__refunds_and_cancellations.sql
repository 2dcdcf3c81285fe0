-- Refunds of paid orders (issue 16): what each ticket cost when it was sold, each refund asked of
-- the provider (one idempotency key per row), the amount refunded on the order, the venue teams'
-- choice whether managers may refund, and the bulk cancellation of sessions and events.

alter table event_session_order add column refunded_minor bigint not null default 0;

-- One row per ticket of a paid order, written in the sale's transaction: its price after the
-- order's discount, so that a refund of some tickets pays back what they cost.
create table paid_ticket (
    order_id    bigint  not null references event_session_order (id),
    ticket_no   integer not null,
    seat_id     bigint,
    section_id  bigint  not null,
    place_no    integer,
    price_minor bigint  not null,
    primary key (order_id, ticket_no),
    constraint paid_ticket_seat_or_place check ((seat_id is null) <> (place_no is null)),
    constraint paid_ticket_price check (price_minor >= 0)
);

create sequence order_refund_seq start with 50 increment by 50;
create table order_refund (
    id           bigint       not null primary key,
    order_id     bigint       not null references event_session_order (id),
    payment_id   bigint       references payment (id),
    amount_minor bigint       not null,
    currency     varchar(3)   not null,
    status       varchar(12)  not null,
    reason       varchar(12)  not null,
    whole_order  boolean      not null,
    seat_ids     varchar(2000),
    places       varchar(2000),
    requested_by varchar(320) not null,
    refund_ref   varchar(100),
    attempts     integer      not null default 0,
    retry_at     timestamp with time zone,
    last_error   varchar(500),
    created_at   timestamp with time zone not null,
    settled_at   timestamp with time zone,
    version      bigint       not null default 0,
    constraint order_refund_amount check (amount_minor >= 0),
    constraint order_refund_status check (status in ('REQUESTED', 'SUCCEEDED', 'FAILED')),
    constraint order_refund_reason check (reason in ('REFUNDED', 'CANCELLED'))
);
create index order_refund_order_ix on order_refund (order_id);
create index order_refund_due_ix on order_refund (status, retry_at);

create table refund_policy (
    venue_id            bigint  not null primary key references venue (id) on delete cascade,
    managers_may_refund boolean not null,
    version             bigint  not null default 0
);

create sequence cancellation_job_seq start with 50 increment by 50;
create table cancellation_job (
    id           bigint       not null primary key,
    session_id   bigint       references event_session (id),
    event_id     bigint       references event (id),
    requested_by varchar(320) not null,
    created_at   timestamp with time zone not null,
    finished_at  timestamp with time zone,
    version      bigint       not null default 0,
    constraint cancellation_job_target check ((session_id is null) <> (event_id is null))
);

create table cancellation_item (
    job_id          bigint      not null references cancellation_job (id),
    order_id        bigint      not null references event_session_order (id),
    status          varchar(10) not null,
    outcome         varchar(20),
    attempts        integer     not null default 0,
    next_attempt_at timestamp with time zone not null,
    lease_owner     varchar(100),
    lease_until     timestamp with time zone,
    last_error      varchar(500),
    done_at         timestamp with time zone,
    primary key (job_id, order_id),
    constraint cancellation_item_status check (status in ('PENDING', 'DONE'))
);
create index cancellation_item_due_ix on cancellation_item (status, next_attempt_at);
