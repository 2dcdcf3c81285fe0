-- The buyer-facing checkout (issue 5): what the buyer chose at each step, kept with the order so
-- that a buyer who leaves and comes back continues where they were. See docs/architecture.md,
-- "Checkout steps". Runs on PostgreSQL and on H2 in PostgreSQL mode.

-- The furthest step reached (AMOUNT, ADDRESS, SEATS, PAYMENT_METHOD, PAYMENT).
alter table event_session_order add column checkout_step varchar(20) not null default 'AMOUNT';
-- How many tickets the buyer asked for at the amount step (the seats or places follow later).
alter table event_session_order add column requested_tickets integer not null default 0;
alter table event_session_order add column buyer_name varchar(200);
alter table event_session_order add column buyer_email varchar(254);
alter table event_session_order add column address_line varchar(300);
alter table event_session_order add column postal_code varchar(20);
alter table event_session_order add column address_city varchar(100);
alter table event_session_order add column address_country varchar(100);
-- The buyer ticked "send me the newsletter" (unticked by default); read by the newsletter later.
alter table event_session_order add column newsletter_opt_in boolean not null default false;
alter table event_session_order add column payment_method varchar(20);
alter table event_session_order add constraint order_checkout_step_known
    check (checkout_step in ('AMOUNT', 'ADDRESS', 'SEATS', 'PAYMENT_METHOD', 'PAYMENT'));
alter table event_session_order add constraint order_requested_range
    check (requested_tickets between 0 and max_tickets);

-- Tickets per price category, when the session has price categories (none: the session's prices).
create table order_amount (
    order_id          bigint  not null references event_session_order (id),
    price_category_id bigint  not null references price_category (id) on delete cascade,
    tickets           integer not null,
    primary key (order_id, price_category_id),
    constraint order_amount_positive check (tickets > 0)
);
