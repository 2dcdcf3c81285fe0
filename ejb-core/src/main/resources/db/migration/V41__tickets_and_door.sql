-- Tickets and the door (issue 15): see docs/architecture.md, "Tickets and the door".
-- Runs on PostgreSQL and on H2 in PostgreSQL mode.

-- One Ed25519 key pair per event: the public key (X.509 encoding) for the validators, the
-- private key (PKCS#8) sealed with AES-GCM under MARQUEE_TICKET_KEY: iv (12 bytes) || ciphertext
-- and tag, the event id bound as associated data, so a sealed key moved to another event fails.
create table event_ticket_key (
    event_id    bigint  not null primary key references event (id),
    public_key  bytea   not null,
    private_key bytea   not null,
    created_at  timestamp with time zone not null
);

-- One ticket per seat or standing place of a PAID order, issued in the sale's transaction. What
-- the buyer bought is copied (section, row, seat, the holder's name) as on a printed ticket, so
-- the door reads one row. A ticket checks in at most once: checked_in_at is set by one
-- conditional UPDATE (... where checked_in_at is null); it is never unset.
create sequence ticket_seq start with 50 increment by 50;
create table ticket (
    id              bigint       not null primary key,
    order_id        bigint       not null references event_session_order (id),
    session_id      bigint       not null references event_session (id),
    event_id        bigint       not null references event (id),
    section_id      bigint       not null,
    section_name    varchar(200) not null,
    seat_id         bigint,
    row_label       varchar(20),
    seat_number     integer,
    place_no        integer,
    holder_name     varchar(200),
    status          varchar(10)  not null,
    issued_at       timestamp with time zone not null,
    voided_at       timestamp with time zone,
    checked_in_at   timestamp with time zone,
    checked_in_device varchar(100),
    checked_in_by   varchar(200),
    constraint ticket_status_known check (status in ('VALID', 'REFUNDED', 'CANCELLED')),
    constraint ticket_seat_or_place check ((seat_id is null) <> (place_no is null)),
    constraint ticket_voided_when check ((status = 'VALID') = (voided_at is null))
);
-- Issuing twice for one order is impossible; an order's tickets are read together (PDF, voiding).
create unique index ticket_order_seat_uk on ticket (order_id, seat_id);
create unique index ticket_order_place_uk on ticket (order_id, section_id, place_no);
-- The door's counters and the offline list: a session's tickets by section.
create index ticket_session_ix on ticket (session_id, section_id);

-- Links for hired door staff without accounts: one session, a time window. Only the SHA-256 of
-- the secret is kept. Checked on every request: a revoked or expired token stops at once.
create sequence door_token_seq start with 50 increment by 50;
create table door_token (
    id          bigint       not null primary key,
    session_id  bigint       not null references event_session (id),
    token_hash  char(64)     not null,
    label       varchar(100) not null,
    valid_from  timestamp with time zone not null,
    valid_until timestamp with time zone not null,
    created_by  varchar(200) not null,
    created_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone,
    revoked_by  varchar(200),
    constraint door_token_window check (valid_until > valid_from)
);
create unique index door_token_hash_uk on door_token (token_hash);
create index door_token_session_ix on door_token (session_id);

-- Every scan at the door, its answer, the device, and who (a staff login or a door token); also
-- the check-ins an offline device synchronised later (scanned_at is the device's time).
create sequence ticket_scan_seq start with 50 increment by 50;
create table ticket_scan (
    id            bigint       not null primary key,
    session_id    bigint       not null,
    ticket_id     bigint,
    answer        varchar(20)  not null,
    device        varchar(100) not null,
    staff_login   varchar(200),
    door_token_id bigint references door_token (id),
    scanned_at    timestamp with time zone not null,
    recorded_at   timestamp with time zone not null,
    offline       boolean      not null default false
);
create index ticket_scan_session_ix on ticket_scan (session_id, recorded_at);
create index ticket_scan_token_ix on ticket_scan (door_token_id);
