-- A password reset or an account deletion ends every session of the account that began
-- before it: sessions that logged in before this moment are refused (SessionValidity).
alter table app_user add column sessions_valid_after timestamp with time zone;
