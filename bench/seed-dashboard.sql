-- The head's dashboard benchmark: :companies companies with a prospect each, :callers callers, :closers closers,
-- :managers account managers, and :calls calls spread over the last 365 days; of the calls 4 % interested and
-- handed over, two thirds of those accepted, a third of those won, and repeat orders for the clients. Straight
-- in SQL: the benchmark measures the dashboard, not the seeding.
\set ON_ERROR_STOP on
insert into party_company (id, name, legal_form, edrpou, industry, size_band, region, city, name_key, created_at, version)
select md5('dash-company-' || g)::uuid, 'Панель ' || g, 'ТОВ', null, 'Виробництво', 'SMALL', 'Київська', 'Київ',
       'панель ' || g || '|київ', now() - interval '400 days', 0
from generate_series(1, :companies) g;
insert into prospecting_prospect (id, company_id, status, priority, attempts, created_at, version, industry, size_band, region)
select md5('dash-prospect-' || g)::uuid, md5('dash-company-' || g)::uuid, 'QUEUED', (g % 100), 0,
       now() - (g % 365) * interval '1 day', 0, 'Виробництво', 'SMALL', 'Київська'
from generate_series(1, :companies) g;
insert into salesorg_employee (id, full_name, tier, head_of_sales, email, active, created_at, capacity)
select md5('dash-employee-' || g)::uuid, 'Панель працівник ' || g,
       case when g <= :callers then 'LG' when g <= :callers + :closers then 'LC' else 'AM' end, false, null, true, now(), 100
from generate_series(1, :callers + :closers + :managers) g;
-- calls: caller g % callers, over the last 365 days, 4 % interested
insert into prospecting_call (id, prospect_id, caller_id, outcome, note, called_at)
select md5('dash-call-' || g)::uuid, md5('dash-prospect-' || (1 + g % :companies))::uuid,
       md5('dash-employee-' || (1 + g % :callers))::uuid,
       case when g % 25 = 0 then 'INTERESTED' when g % 3 = 0 then 'NOT_INTERESTED' else 'NO_ANSWER' end, null,
       now() - (g % 365) * interval '1 day' - (g % 600) * interval '1 minute'
from generate_series(1, :calls) g;
insert into prospecting_hand_over (id, prospect_id, caller_id, urgent, handed_over_at)
select md5('dash-hand-over-' || g)::uuid, md5('dash-prospect-' || (1 + g % :companies))::uuid,
       md5('dash-employee-' || (1 + g % :callers))::uuid, false, now() - (g % 365) * interval '1 day'
from generate_series(25, :calls, 25) g;
insert into conversion_lead (id, company_id, handed_over_by, handed_over_at, closer_id, assigned_reason, status,
                             received_at, decided_at, first_touch_due, first_touched_at, version)
select md5('dash-lead-' || g)::uuid, md5('dash-company-' || (1 + g % :companies))::uuid,
       md5('dash-employee-' || (1 + g % :callers))::uuid, now() - (g % 365) * interval '1 day',
       md5('dash-employee-' || (1 + :callers + g % :closers))::uuid, 'bench',
       case when g % 3 = 0 then 'REJECTED' else 'ACCEPTED' end, now() - (g % 365) * interval '1 day',
       now() - (g % 365) * interval '1 day' + interval '2 hours', now() - (g % 365) * interval '1 day' + interval '4 hours',
       now() - (g % 365) * interval '1 day' + case when g % 50 = 0 then interval '6 hours' else interval '1 hour' end, 0
from generate_series(25, :calls, 25) g;
insert into conversion_deal (id, lead_id, company_id, closer_id, stage, amount, opened_at, closed_at, version)
select md5('dash-deal-' || g)::uuid, md5('dash-lead-' || g)::uuid, md5('dash-company-' || (1 + g % :companies))::uuid,
       md5('dash-employee-' || (1 + :callers + g % :closers))::uuid, 'WON', 10000 + g % 90000,
       now() - (g % 365) * interval '1 day' + interval '3 hours', now() - (g % 365) * interval '1 day' + interval '5 days', 0
from generate_series(75, :calls, 75) g where g % 3 <> 0;
insert into accounts_client (id, company_id, account_manager_id, assigned_reason, first_deal_id, first_sale_amount,
                             client_since, version)
select md5('dash-client-' || g)::uuid, md5('dash-company-' || (1 + g % :companies))::uuid,
       md5('dash-employee-' || (1 + :callers + :closers + g % :managers))::uuid, 'bench', md5('dash-deal-' || g)::uuid,
       10000 + g % 90000, now() - (g % 365) * interval '1 day' + interval '5 days', 0
from generate_series(75, :calls, 75) g where g % 3 <> 0 and g <= :companies * 25
on conflict do nothing;
insert into accounts_order (id, client_id, description, amount, ordered_at, source, version)
select md5('dash-order-' || c.id || '-' || k)::uuid, c.id, 'Повтор', 5000 + k * 100, c.client_since + k * interval '20 days',
       'MANAGER', 0
from accounts_client c cross join generate_series(1, 5) k
where c.assigned_reason = 'bench' and c.client_since + k * interval '20 days' < now();
-- each of a company's leads went to a closer, who held it until the next one
insert into salesorg_responsibility_history (company_id, stage, assigned_at, employee_id, mode, reason, ended_at)
select company_id, 'LC', received_at, closer_id, 'THREE_TIER', 'bench',
       lead(received_at) over (partition by company_id order by received_at)
from conversion_lead where assigned_reason = 'bench'
on conflict do nothing;
vacuum analyze;
