-- The buyer's orders in the account area: a buyer's guest orders are found by the email they
-- were placed with (BuyerOrders), and the day-before reminders by session (SessionReminders).
create index event_session_order_buyer_email_ix on event_session_order (buyer_email);

-- The key of the signed order links mailed to buyers when MARQUEE_LINK_SECRET is not set (the
-- demo): made once by whichever node needs it first, then shared by every node through this row.
create table signing_key (
    name        varchar(40)              not null primary key,
    secret      varchar(100)             not null,
    created_at  timestamp with time zone not null
);

-- Text messages: the buyer may turn off the order texts (confirmation and reminder) while keeping
-- the number, and a login may send its code by text once instead of by email.
alter table app_user add column texts_off boolean default false not null;
alter table login_challenge add column texted_at timestamp with time zone;

-- When an order's reminder text was handled (queued, or none due: no number, texts turned off),
-- so each run of SessionReminders reads only the orders still to remind.
alter table event_session_order add column reminded_at timestamp with time zone;
