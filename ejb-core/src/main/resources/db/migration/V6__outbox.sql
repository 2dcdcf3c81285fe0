-- The transactional outbox of outgoing mail (and later SMS): a message is a row written in the
-- transaction of the business change that causes it, sent afterwards by a dispatcher on any node.
-- Runs on PostgreSQL (production, tests) and H2 in PostgreSQL mode (demo).

create sequence outbox_message_seq start with 50 increment by 50;

create table outbox_message (
    id              bigint       not null primary key,
    channel         varchar(10)  not null,
    recipient       varchar(320) not null,
    template        varchar(60),
    language        varchar(35)  not null,
    subject         varchar(300),
    body_text       text         not null,
    body_html       text,
    -- The business event the message belongs to: the same event never enqueues twice.
    dedupe_key      varchar(200) not null,
    status          varchar(10)  not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamp with time zone not null,
    -- Which dispatcher run holds the message, and until when; a dead node's lease runs out.
    lease_owner     varchar(120),
    leased_until    timestamp with time zone,
    last_error      varchar(1000),
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone,
    version         bigint       not null default 0,
    constraint outbox_message_channel_known check (channel in ('EMAIL', 'SMS')),
    constraint outbox_message_status_known check (status in ('PENDING', 'SENT', 'FAILED')),
    constraint outbox_message_attempts_not_negative check (attempts >= 0),
    constraint outbox_message_sent_has_time check (status <> 'SENT' or sent_at is not null)
);
create unique index outbox_message_dedupe_uk on outbox_message (dedupe_key);
-- The dispatcher's claim: pending messages that are due, oldest first.
create index outbox_message_due_ix on outbox_message (status, next_attempt_at);
-- The admin list, newest first.
create index outbox_message_created_ix on outbox_message (created_at);
