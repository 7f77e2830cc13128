-- Time-based one-time codes (RFC 6238) as the second factor of a head's or an administrator's sign-in, if
-- they turn it on: the shared secret (Base32), and the last time step a code was accepted for, so that no
-- code is accepted twice.
alter table platform_user add column totp_secret varchar(64);
alter table platform_user add column totp_last_step bigint;
