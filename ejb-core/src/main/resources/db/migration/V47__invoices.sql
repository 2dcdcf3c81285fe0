-- Invoices and credit notes (issue 16): numbered without gaps per issuer and year (the issuer's
-- row is locked while a number is taken), never changed once issued: the document's facts are
-- stored as they were rendered. VAT rates per venue country; prices include VAT.

create table invoice_issuer (
    code    varchar(20)  not null primary key,
    name    varchar(200) not null,
    address varchar(500) not null,
    vat_id  varchar(40),
    version bigint       not null default 0
);
insert into invoice_issuer (code, name, address, vat_id)
values ('MARQUEE', 'Marquee Ticketing', 'Example Street 1
10115 Berlin
Germany', null);

create table invoice_counter (
    issuer      varchar(20) not null references invoice_issuer (code),
    issue_year  integer     not null,
    last_number integer     not null,
    primary key (issuer, issue_year)
);

create table vat_rate (
    country_code char(2) not null primary key references country (code) on delete cascade,
    rate_bp      integer not null,
    constraint vat_rate_range check (rate_bp between 0 and 10000)
);

create sequence invoice_seq start with 50 increment by 50;
create table invoice (
    id           bigint       not null primary key,
    kind         varchar(12)  not null,
    issuer       varchar(20)  not null references invoice_issuer (code),
    issue_year   integer      not null,
    seq_no       integer      not null,
    number       varchar(20)  not null,
    order_id     bigint       not null references event_session_order (id),
    invoice_of   bigint       references event_session_order (id),
    refers_to    bigint       references invoice (id),
    refund_id    bigint       references order_refund (id),
    vat_rate_bp  integer      not null,
    issued_at    timestamp with time zone not null,
    total_minor  bigint       not null,
    currency     varchar(3)   not null,
    facts        text         not null,
    constraint invoice_kind check (kind in ('INVOICE', 'CREDIT_NOTE'))
);
create unique index invoice_number_uk on invoice (issuer, issue_year, seq_no);
create index invoice_order_ix on invoice (order_id);
create unique index invoice_refund_uk on invoice (refund_id);
-- One invoice per order: set on invoices only (credit notes leave it null).
create unique index invoice_of_order_uk on invoice (invoice_of);
