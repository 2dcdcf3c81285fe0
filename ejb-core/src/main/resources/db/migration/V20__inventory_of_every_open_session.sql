-- Every session that sells has its inventory (issue 12): until now only sessions opened from
-- SCHEDULED got rows, so a session staff saved as "On sale" had none, and a section added to a
-- venue after its sessions opened never reached them: both sold nothing, silently. From now on
-- the inventory follows both (InventoryOpening); this gives the open sessions already in the
-- database the seats and places they lack (free), and marks those with nothing left SOLD_OUT,
-- which nothing set before. Rows are looked up by their primary key: cheap on both databases.
insert into session_seat (session_id, seat_id, section_id, held_until)
select es.id, st.id, sc.id, timestamp with time zone '1970-01-01 00:00:00+00:00'
from event_session es
join section sc on sc.venue_id = es.venue_id and sc.kind = 'SEATED'
join seat st on st.section_id = sc.id
where es.status in ('ON_SALE', 'SOLD_OUT')
  and not exists (select 1 from session_seat x where x.session_id = es.id and x.seat_id = st.id);

insert into session_place (session_id, section_id, place_no, held_until)
with recursive n (i) as (
    select 1
    union all
    select i + 1 from n
    where i < (select coalesce(max(capacity), 0) from section where kind = 'STANDING')
)
select es.id, sc.id, n.i, timestamp with time zone '1970-01-01 00:00:00+00:00'
from event_session es
join section sc on sc.venue_id = es.venue_id and sc.kind = 'STANDING'
join n on n.i <= sc.capacity
where es.status in ('ON_SALE', 'SOLD_OUT')
  and not exists (select 1 from session_place x
                  where x.session_id = es.id and x.section_id = sc.id and x.place_no = n.i);

update event_session set status = 'SOLD_OUT', version = version + 1
where status = 'ON_SALE'
  and not exists (select 1 from session_seat ss join seat st on st.id = ss.seat_id
                  where ss.session_id = event_session.id and ss.held_until < current_timestamp
                    and st.disabled = false)
  and not exists (select 1 from session_place sp
                  where sp.session_id = event_session.id and sp.held_until < current_timestamp);
