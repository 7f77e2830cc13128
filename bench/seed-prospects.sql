-- 1,000,000 queued prospects (companies with a phone) and :callers callers with the password "demo",
-- straight in SQL: the benchmark measures the queue, not the seeding.
\set ON_ERROR_STOP on
insert into party_company (id, name, legal_form, edrpou, industry, size_band, region, city, name_key, created_at, version)
select md5('bench-company-' || g)::uuid, 'Бенч ' || g, 'ТОВ', null, 'Виробництво', 'SMALL', 'Київська', 'Київ',
       'бенч ' || g || '|київ', now(), 0
from generate_series(1, :prospects) g;
insert into party_phone (id, company_id, contact_id, e164)
select md5('bench-phone-' || g)::uuid, md5('bench-company-' || g)::uuid, null, '+38044' || lpad(g::text, 7, '0')
from generate_series(1, :prospects) g;
insert into prospecting_prospect (id, company_id, status, priority, attempts, created_at, version, industry, size_band, region)
select md5('bench-prospect-' || g)::uuid, md5('bench-company-' || g)::uuid, 'QUEUED', (g % 100), 0, now(), 0,
       'Виробництво', 'SMALL', 'Київська'
from generate_series(1, :prospects) g;
insert into salesorg_employee (id, full_name, tier, head_of_sales, email, active, created_at)
select md5('bench-caller-' || g)::uuid, 'Бенч оператор ' || g, 'LG', false, null, true, now()
from generate_series(1, :callers) g;
insert into platform_user (id, username, password_hash, display_name, roles, employee_id, enabled, created_at)
select md5('bench-user-' || g)::uuid, 'bench' || g, (select password_hash from platform_user where username = 'caller1'),
       'Бенч ' || g, 'CALLER', md5('bench-caller-' || g)::uuid, true, now()
from generate_series(1, :callers) g;
analyze;
