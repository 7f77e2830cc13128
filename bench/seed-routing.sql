-- 1,000,000 companies with a phone, straight in SQL (the benchmark measures routing, not seeding):
-- :am_percent % clients of 10 account managers, :lc_percent % in the hands of 10 closers, the rest known to nobody
-- in tier 2 yet (their first call makes a lead for a closer, the next ones go to that closer).
-- Everyone is on shift around the clock, so a client's call goes to its account manager.
\set ON_ERROR_STOP on
insert into party_company (id, name, legal_form, edrpou, industry, size_band, region, city, name_key, created_at, version)
select md5('route-company-' || g)::uuid, 'Маршрут ' || g, 'ТОВ', null, 'Виробництво', 'SMALL', 'Київська', 'Київ',
       'маршрут ' || g || '|київ', now(), 0
from generate_series(1, :companies) g;
insert into party_phone (id, company_id, contact_id, e164)
select md5('route-phone-' || g)::uuid, md5('route-company-' || g)::uuid, null, '+38045' || lpad(g::text, 7, '0')
from generate_series(1, :companies) g;
insert into salesorg_employee (id, full_name, tier, head_of_sales, email, active, created_at, capacity, extension)
select md5('route-employee-' || g)::uuid, 'Маршрут працівник ' || g, case when g <= 10 then 'AM' else 'LC' end, false,
       null, true, now(), 1000, (7000 + g)::text
from generate_series(1, 20) g;
insert into salesorg_shift (id, employee_id, day_of_week, starts_at, ends_at)
select md5('route-shift-' || g || '-' || d)::uuid, md5('route-employee-' || g)::uuid,
       (array['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATURDAY','SUNDAY'])[d], time '00:00', time '23:59'
from generate_series(1, 20) g, generate_series(1, 7) d;
insert into salesorg_responsibility (company_id, stage, employee_id, mode, reason, assigned_at)
select md5('route-company-' || g)::uuid, 'AM', md5('route-employee-' || (1 + g % 10))::uuid, 'THREE_TIER', 'bench', now()
from generate_series(1, :companies) g where g % 100 < :am_percent;
insert into salesorg_responsibility (company_id, stage, employee_id, mode, reason, assigned_at)
select md5('route-company-' || g)::uuid, 'LC', md5('route-employee-' || (11 + g % 10))::uuid, 'THREE_TIER', 'bench', now()
from generate_series(1, :companies) g where g % 100 >= :am_percent and g % 100 < :am_percent + :lc_percent;
insert into salesorg_responsibility_history (company_id, stage, assigned_at, employee_id, mode, reason)
select company_id, stage, assigned_at, employee_id, mode, reason from salesorg_responsibility
where company_id in (select id from party_company where name like 'Маршрут %');
delete from salesorg_load;
insert into salesorg_load (employee_id, stage, companies, last_assigned_at)
select employee_id, stage, count(*), max(assigned_at) from salesorg_responsibility group by employee_id, stage;
vacuum analyze;
