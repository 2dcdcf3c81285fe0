-- The newsletter: subscribers with their double opt-in, the newsletters editors write and the
-- progress of each send. Runs on PostgreSQL (production, tests) and H2 in PostgreSQL mode (demo).

-- Per-message mail headers of the outbox (List-Unsubscribe and its one-click partner), one
-- "Name: value" a line; null for a message without any.
alter table outbox_message add column headers text;

create sequence newsletter_subscriber_seq start with 50 increment by 50;
create table newsletter_subscriber (
    id                   bigint       not null primary key,
    email                varchar(320) not null,
    language             varchar(35)  not null,
    status               varchar(12)  not null,
    -- Where the opt-in came from (WEBSITE, IMPORT, CHECKOUT) and when it was asked for.
    source               varchar(10)  not null,
    opted_in_at          timestamp with time zone not null,
    confirmed_at         timestamp with time zone,
    unsubscribed_at      timestamp with time zone,
    -- SHA-256 of the confirmation link's secret: only while PENDING, cleared once used.
    confirm_token_hash   varchar(64),
    confirmation_sent_at timestamp with time zone,
    -- The secret of the unsubscribe link in every newsletter: 256 random bits.
    unsubscribe_token    varchar(64)  not null,
    created_at           timestamp with time zone not null,
    version              bigint       not null default 0,
    constraint newsletter_subscriber_status_known check (status in ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED')),
    constraint newsletter_subscriber_source_known check (source in ('WEBSITE', 'IMPORT', 'CHECKOUT')),
    constraint newsletter_subscriber_confirmed_has_time check (status <> 'CONFIRMED' or confirmed_at is not null)
);
create unique index newsletter_subscriber_email_uk on newsletter_subscriber (email);
create unique index newsletter_subscriber_confirm_uk on newsletter_subscriber (confirm_token_hash);
create unique index newsletter_subscriber_unsubscribe_uk on newsletter_subscriber (unsubscribe_token);
-- The sender walks confirmed subscribers in id order.
create index newsletter_subscriber_status_ix on newsletter_subscriber (status, id);

create sequence newsletter_seq start with 50 increment by 50;
create table newsletter (
    id               bigint       not null primary key,
    subject          varchar(200) not null,
    template         varchar(60)  not null,
    body             text         not null,
    status           varchar(10)  not null,
    created_by       varchar(320) not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    -- Throttling chosen when sending started: so many messages per batch, one batch per interval.
    batch_size       integer,
    batch_seconds    integer,
    -- The last subscriber id enqueued; the next batch starts after it.
    cursor_id        bigint       not null default 0,
    queued           integer      not null default 0,
    send_started_at  timestamp with time zone,
    next_batch_at    timestamp with time zone,
    finished_at      timestamp with time zone,
    version          bigint       not null default 0,
    constraint newsletter_status_known check (status in ('DRAFT', 'SENDING', 'SENT')),
    constraint newsletter_sending_throttled check (status = 'DRAFT' or (batch_size > 0 and batch_seconds > 0))
);
create index newsletter_due_ix on newsletter (status, next_batch_at);
