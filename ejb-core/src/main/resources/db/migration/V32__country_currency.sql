-- The currency a country's venues sell in (ISO 4217). None: the platform's default currency
-- (settings), which is what every venue sold in before. A venue keeps the currency its sections
-- are priced in, so setting a country's currency changes venues laid out from then on.
alter table country add column currency char(3);
