-- The same queue as seed-prospects.sql for the embedded H2 (run with H2's RunScript while Relay is stopped;
-- SYSTEM_RANGE's column is "X", upper case whatever DATABASE_TO_LOWER says):
-- @PROSPECTS@ queued prospects (companies with a phone) and @CALLERS@ callers with the password "demo".
insert into party_company (id, name, legal_form, edrpou, industry, size_band, region, city, name_key, created_at, version)
select cast('00000000-0000-4000-8000-' || lpad(cast("X" as varchar), 12, '0') as uuid), 'Бенч ' || "X", 'ТОВ', null,
       'Виробництво', 'SMALL', 'Київська', 'Київ', 'бенч ' || "X" || '|київ', current_timestamp, 0
from system_range(1, @PROSPECTS@);
insert into party_phone (id, company_id, contact_id, e164)
select cast('00000000-0000-4001-8000-' || lpad(cast("X" as varchar), 12, '0') as uuid),
       cast('00000000-0000-4000-8000-' || lpad(cast("X" as varchar), 12, '0') as uuid), null,
       '+38044' || lpad(cast("X" as varchar), 7, '0')
from system_range(1, @PROSPECTS@);
insert into prospecting_prospect (id, company_id, status, priority, attempts, created_at, version, industry, size_band, region)
select cast('00000000-0000-4002-8000-' || lpad(cast("X" as varchar), 12, '0') as uuid),
       cast('00000000-0000-4000-8000-' || lpad(cast("X" as varchar), 12, '0') as uuid), 'QUEUED', mod("X", 100), 0,
       current_timestamp, 0, 'Виробництво', 'SMALL', 'Київська'
from system_range(1, @PROSPECTS@);
insert into salesorg_employee (id, full_name, tier, head_of_sales, email, active, created_at)
select cast('00000000-0000-4003-8000-' || lpad(cast("X" as varchar), 12, '0') as uuid), 'Бенч оператор ' || "X", 'LG', false,
       null, true, current_timestamp
from system_range(1, @CALLERS@);
insert into platform_user (id, username, password_hash, display_name, roles, employee_id, enabled, created_at)
select cast('00000000-0000-4004-8000-' || lpad(cast("X" as varchar), 12, '0') as uuid), 'bench' || "X",
       (select password_hash from platform_user where username = 'caller1'), 'Бенч ' || "X", 'CALLER',
       cast('00000000-0000-4003-8000-' || lpad(cast("X" as varchar), 12, '0') as uuid), true, current_timestamp
from system_range(1, @CALLERS@);
analyze;
