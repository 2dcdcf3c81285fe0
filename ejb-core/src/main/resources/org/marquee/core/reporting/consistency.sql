-- The consistency check: the invariants of DESIGN.md asked of the whole database at once.
-- Every row this query answers is a violation: (rule, invariant, subject, detail, event_id), the
-- last naming the event it belongs to (null for an outgoing message), so that a test can check the
-- events it made. No rows: consistent.
--
-- One source for two readers: ConsistencyCheck (the admin panel, the test suite, the on-sale
-- harness) runs this file as it is, and an operator runs it with psql:
--     psql "$DATABASE" -f ejb-core/src/main/resources/org/marquee/core/reporting/consistency.sql
-- It only reads. States that are right for a moment while a transaction or a timer finishes (an
-- order past its hold the sweeper has not reached yet, a due message) get a grace of a minute.
-- A row sold to a paid order carries held_until 9999-12-31 (inventory.Holds.SOLD).

with sold_at as (select timestamp with time zone '9999-12-31 00:00:00+00' as sold),
-- Seats and standing places, one shape: what each row of a session's inventory says now.
inventory as (
    select 'seat' as kind, ss.session_id, ss.section_id, ss.seat_id as unit, ss.order_id, ss.held_until, es.event_id
    from session_seat ss join event_session es on es.id = ss.session_id
    union all
    select 'place', sp.session_id, sp.section_id, sp.place_no, sp.order_id, sp.held_until, es.event_id
    from session_place sp join event_session es on es.id = sp.session_id
),
-- Orders with the event of their session.
orders as (
    select o.*, es.event_id
    from event_session_order o join event_session es on es.id = o.session_id
)

-- 1. A seat or standing place is sold to at most one order: never two valid tickets for it.
select 'seat-sold-twice' as rule, 1 as invariant,
       'session ' || t.session_id || ' seat ' || t.seat_id as subject,
       count(*) || ' valid tickets, orders ' || string_agg(cast(t.order_id as text), ', ' order by t.order_id) as detail,
       min(t.event_id) as event_id
from ticket t
where t.status = 'VALID' and t.seat_id is not null
group by t.session_id, t.seat_id
having count(*) > 1

union all
select 'place-sold-twice', 1,
       'session ' || t.session_id || ' section ' || t.section_id || ' place ' || t.place_no,
       count(*) || ' valid tickets, orders ' || string_agg(cast(t.order_id as text), ', ' order by t.order_id),
       min(t.event_id)
from ticket t
where t.status = 'VALID' and t.place_no is not null
group by t.session_id, t.section_id, t.place_no
having count(*) > 1

-- 1. A sold row belongs to a PAID order.
union all
select i.kind || '-sold-without-paid-order', 1,
       'session ' || i.session_id || ' ' || i.kind || ' ' || i.unit,
       coalesce('order ' || o.id || ' is ' || o.status, 'sold to no order'),
       i.event_id
from inventory i cross join sold_at
left join event_session_order o on o.id = i.order_id
where i.held_until = sold_at.sold and (o.id is null or o.status <> 'PAID')

-- 1. A standing section never has held + sold above its capacity.
union all
select 'standing-over-capacity', 1,
       'session ' || i.session_id || ' section ' || i.section_id,
       count(*) || ' held or sold, capacity ' || min(sc.capacity),
       min(i.event_id)
from inventory i
join section sc on sc.id = i.section_id
where i.kind = 'place' and i.held_until >= now()
group by i.session_id, i.section_id
having count(*) > min(sc.capacity)

-- 1, 3. A row held now is held by a PENDING order, and not past that order's hold.
union all
select i.kind || '-held-by-closed-order', 3,
       'session ' || i.session_id || ' ' || i.kind || ' ' || i.unit,
       coalesce('order ' || o.id || ' is ' || o.status, 'held by no order') || ', held until ' || i.held_until,
       i.event_id
from inventory i cross join sold_at
left join event_session_order o on o.id = i.order_id
where i.held_until >= now() and i.held_until < sold_at.sold and (o.id is null or o.status <> 'PENDING')

union all
select i.kind || '-held-past-order-expiry', 3,
       'session ' || i.session_id || ' ' || i.kind || ' ' || i.unit,
       'held until ' || i.held_until || ', order ' || o.id || ' expires at ' || o.expire_if_not_completed_at,
       i.event_id
from inventory i cross join sold_at
join event_session_order o on o.id = i.order_id
where i.held_until >= now() and i.held_until < sold_at.sold
  and i.held_until > o.expire_if_not_completed_at

-- 3. Orders whose hold ran out are cancelled by the sweeper (every 5 s) unless a payment is open.
union all
select 'expired-order-not-released', 3, 'order ' || o.id,
       'PENDING, hold ran out at ' || o.expire_if_not_completed_at,
       o.event_id
from orders o
where o.status = 'PENDING' and not o.payment_open
  and o.expire_if_not_completed_at < now() - interval '1' minute

-- 4. Each status has the marks of its transition.
union all
select 'order-status-marks', 4, 'order ' || o.id,
       o.status || case when o.status = 'PAID' and o.paid_at is null then ' without a payment time'
                        else ' without a closing time' end,
       o.event_id
from orders o
where (o.status = 'PAID' and o.paid_at is null)
   or (o.status in ('CANCELLED', 'REFUNDED') and o.closed_at is null)

union all
select 'refunded-more-than-paid', 4, 'order ' || o.id,
       'refunded ' || o.refunded_minor || ' of ' || coalesce(o.total_minor, 0),
       o.event_id
from orders o
where o.refunded_minor > coalesce(o.total_minor, 0)

-- 5. Every paid order has the payment of its total, once.
union all
select 'paid-order-payments', 5, 'order ' || o.id,
       min(o.status) || ', total ' || min(o.total_minor) || ' ' || min(o.currency) || ', '
           || count(p.id) || ' succeeded payments of ' || coalesce(sum(p.amount_minor), 0),
       min(o.event_id)
from orders o
left join payment p on p.order_id = o.id and p.status = 'SUCCEEDED'
where o.paid_at is not null and o.total_minor > 0
group by o.id
having count(p.id) <> 1 or sum(p.amount_minor) <> min(o.total_minor)

-- 5. Money taken is never lost: a succeeded payment belongs to an order that was paid.
union all
select 'payment-without-paid-order', 5, 'payment ' || p.id,
       p.provider || ' ' || p.amount_minor || ' ' || p.currency || ' succeeded, order ' || o.id || ' is ' || o.status,
       o.event_id
from payment p
join orders o on o.id = p.order_id
where p.status = 'SUCCEEDED' and o.paid_at is null

-- 5. Money taken for an order that could not be sold goes back; a day is far past every retry.
union all
select 'refund-overdue', 5, 'payment ' || p.id,
       'refund due since ' || p.created_at || ' for order ' || p.order_id,
       o.event_id
from payment p
join orders o on o.id = p.order_id
where p.status = 'REFUND_DUE' and p.created_at < now() - interval '1' day

-- 1, 7. A PAID order has a valid ticket for each row sold to it, and no other.
union all
select 'paid-order-tickets', 7, 'order ' || o.id,
       coalesce(t.valid, 0) || ' valid tickets, ' || coalesce(s.sold, 0) || ' seats and places sold',
       o.event_id
from orders o
left join (select order_id, count(*) as valid from ticket where status = 'VALID' group by order_id) t
       on t.order_id = o.id
left join (select i.order_id, count(*) as sold from inventory i cross join sold_at
           where i.held_until = sold_at.sold group by i.order_id) s
       on s.order_id = o.id
where o.status = 'PAID' and (coalesce(t.valid, 0) <> coalesce(s.sold, 0) or coalesce(t.valid, 0) = 0)

union all
select 'ticket-of-unpaid-order', 7, 'ticket ' || t.id,
       'VALID, order ' || o.id || ' is ' || o.status,
       t.event_id
from ticket t
join event_session_order o on o.id = t.order_id
where t.status = 'VALID' and o.status <> 'PAID'

union all
select 'ticket-row-not-sold', 7, 'ticket ' || t.id,
       'order ' || t.order_id || ', the ' || case when t.seat_id is null then 'place' else 'seat' end
           || ' is not sold to it',
       t.event_id
from ticket t cross join sold_at
where t.status = 'VALID'
  -- The inventory's own tables, not the union above: PostgreSQL keeps a union used several times
  -- as one unindexed copy, and every ticket scanned all of it (20 s with 2,000 tickets).
  and not ((t.seat_id is not null
            and exists (select 1 from session_seat ss
                        where ss.session_id = t.session_id and ss.seat_id = t.seat_id
                          and ss.section_id = t.section_id and ss.order_id = t.order_id
                          and ss.held_until = sold_at.sold))
        or (t.seat_id is null
            and exists (select 1 from session_place sp
                        where sp.session_id = t.session_id and sp.section_id = t.section_id
                          and sp.place_no = t.place_no and sp.order_id = t.order_id
                          and sp.held_until = sold_at.sold)))

-- 7. A ticket checks in at most once.
union all
select 'ticket-checked-in-twice', 7, 'ticket ' || s.ticket_id,
       count(*) || ' VALID scans',
       min(t.event_id)
from ticket_scan s
join ticket t on t.id = s.ticket_id
where s.answer = 'VALID'
group by s.ticket_id
having count(*) > 1

-- 9. Mail is never lost: a paid order's "order placed" email is in the outbox, and nothing due stays unsent.
union all
select 'paid-order-without-mail', 9, 'order ' || o.id, 'no "order placed" message',
       o.event_id
from orders o
where o.paid_at is not null and o.buyer_email is not null
  and not exists (select 1 from outbox_message m where m.dedupe_key = 'order-placed:' || o.id)

union all
select 'outbox-message-stuck', 9, 'message ' || m.id,
       m.channel || ' ' || coalesce(m.template, '') || ' due since ' || m.next_attempt_at || ', '
           || m.attempts || ' attempts',
       cast(null as bigint)
from outbox_message m
where m.status = 'PENDING' and m.next_attempt_at < now() - interval '10' minute

-- Promo codes: the count of uses is the number of held and final uses, within both limits.
union all
select 'promo-uses-count', 0, 'promo code ' || c.code,
       'counts ' || c.uses || ' uses, ' || coalesce(u.live, 0) || ' held or final',
       c.event_id
from promo_code c
left join (select promo_code_id, count(*) as live from promo_code_use
           where state in ('HELD', 'FINAL') group by promo_code_id) u on u.promo_code_id = c.id
where c.uses <> coalesce(u.live, 0)

union all
select 'promo-used-beyond-limit', 0, 'promo code ' || min(c.code),
       count(*) || ' final uses, at most ' || min(c.max_uses),
       min(c.event_id)
from promo_code c
join promo_code_use u on u.promo_code_id = c.id and u.state = 'FINAL'
where c.max_uses is not null
group by c.id
having count(*) > min(c.max_uses)

union all
select 'promo-used-beyond-buyer-limit', 0, 'promo code ' || min(c.code) || ', buyer ' || u.buyer_key,
       count(*) || ' uses, at most ' || min(c.max_uses_per_buyer) || ' a buyer',
       min(c.event_id)
from promo_code c
join promo_code_use u on u.promo_code_id = c.id
where c.max_uses_per_buyer is not null and u.buyer_key is not null
  and (u.state = 'FINAL' or (u.state = 'HELD' and u.held_until > now()))
group by c.id, u.buyer_key
having count(*) > min(c.max_uses_per_buyer)

-- Waiting rooms: each place given once, none beyond the last one given, nobody admitted before
-- the room reached their place.
union all
select 'queue-place-twice', 0, 'session ' || e.session_id || ' place ' || e.position,
       count(*) || ' visitors',
       min(es.event_id)
from waiting_room_entry e join event_session es on es.id = e.session_id
where e.position is not null
group by e.session_id, e.position
having count(*) > 1

union all
select 'queue-admitted-out-of-turn', 0, 'session ' || e.session_id || ' place ' || e.position,
       'admitted with the room at ' || r.admitted_through || ' of ' || r.last_position || ' places',
       es.event_id
from waiting_room_entry e
join waiting_room r on r.session_id = e.session_id
join event_session es on es.id = e.session_id
where e.position > r.last_position
   or (e.admitted_at is not null and (e.position is null or e.position > floor(r.admitted_through)))

order by 2, 1, 3
