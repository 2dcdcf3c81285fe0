-- Why a CANCELLED order closed: EXPIRED (the hold ran out unpaid; the sweep cancelled it),
-- ABANDONED (the buyer gave up) or EVENT_CANCELLED (paid, then the event was called off).
-- Until now only the sweep cancelled orders, so every unpaid cancelled order expired.
alter table event_session_order add column cancel_reason varchar(20);
update event_session_order set cancel_reason = 'EXPIRED' where status = 'CANCELLED' and paid_at is null;
update event_session_order set cancel_reason = 'EVENT_CANCELLED' where status = 'CANCELLED' and paid_at is not null;
create index event_session_order_state_ix on event_session_order (session_id, status, cancel_reason);
alter table event_session_order add constraint order_cancel_reason_known
    check (cancel_reason is null or (status = 'CANCELLED' and cancel_reason in ('EXPIRED', 'ABANDONED', 'EVENT_CANCELLED')));
