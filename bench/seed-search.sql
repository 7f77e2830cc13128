-- :companies companies named as Ukrainian companies are (a trade's stem with a suffix, a second word, a
-- land for one in four: «Зерно-Трейд Колос Поділля»; about 1,000,000 distinct names, many sharing words),
-- each with a phone, one in three with a contact person, all closed prospects of tier 1 so the head's
-- search has a record to show for each. bench_name(g) and bench_phone(g) give the g-th company's name
-- and number, for the load and the raw floor to ask for what is there.
\set ON_ERROR_STOP on
create or replace function bench_name(g bigint) returns text language sql immutable as $$
  select (array['Зерно','Агро','Насіння','Смак','Олія','Молоко','Буд','Бетон','Граніт','Фарма','Біо','Віта','Метал',
                'Сталь','Прокат','Дерево','Декор','Авто','Дизель','Шина','Торг','Гурт','Прод','Пласт','Полімер','Енерго',
                'Техно','Пром','Логіст','Карго','Транс','Експедит','Склад','Тара','Папір','Текстиль','Хім','Скло',
                'Кабель','Електро','Світло','Тепло','Газ','Вода','Агрохім','Кондитер','Пекар','Млин','Дніпро','Дунай',
                'Карпати','Поділля','Полісся','Слобода','Січ','Оберіг','Калина','Ясен','Граб','Дуб'])[1 + (g % 60)::int]
      || (array['-Трейд','пром','сервіс','лайн','макс','інвест','постач','збут','груп','-Експорт','плюс','-Союз'])[1 + (g / 60 % 12)::int]
      || ' ' || (array['Колос','Нива','Урожай','Лан','Степ','Моноліт','Каркас','Сплав','Профіль','Комфорт','Затишок',
                'Мотор','Кардан','Універсал','Добробут','Господар','Вітрина','Кошик','Механік','Верстат','Агрегат',
                'Світанок','Обрій','Вектор','Альянс','Партнер','Стандарт','Гарант','Ресурс','Капітал','Форвард','Меридіан',
                'Горизонт','Імпульс','Потенціал','Перспектива','Успіх','Лідер','Віра','Надія','Злагода','Сузір''я',
                'Весна','Літо','Осінь','Зима','Ранок','Вечір','Південь','Північ','Схід','Захід','Центр','Регіон',
                'Континент','Глобус','Атлант','Титан','Олімп','Граніт'])[1 + (g / 720 % 60)::int]
      || case when g / 43200 % 4 = 0 then ' ' || (array['Київщини','Галичини','Слобожанщини','Причорномор''я',
                'Придніпров''я','Поділля','Полтавщини','Таврії','Полісся','Черкащини','Прикарпаття','Волині',
                'Буковини','Закарпаття','Сіверщини','Донеччини','Херсонщини','Миколаївщини','Житомирщини',
                'Рівненщини','Тернопільщини','Хмельниччини','Кіровоградщини','Сумщини','Луганщини'])[1 + (g / 172800 % 25)::int]
           else '' end
$$;
create or replace function bench_phone(g bigint) returns text language sql immutable as $$
  select '+38067' || lpad(g::text, 7, '0')
$$;
insert into party_company (id, name, legal_form, edrpou, industry, size_band, region, city, name_key, created_at, version)
select md5('search-company-' || g)::uuid, bench_name(g), 'ТОВ', null, 'Виробництво', 'SMALL', 'Київська', 'Київ',
       lower(replace(replace(bench_name(g), '-', ' '), '''', ' ')) || '|київ', now(), 0
from generate_series(1, :companies) g;
insert into party_phone (id, company_id, contact_id, e164)
select md5('search-phone-' || g)::uuid, md5('search-company-' || g)::uuid, null, bench_phone(g)
from generate_series(1, :companies) g;
insert into party_contact (id, company_id, full_name, position, email)
select md5('search-contact-' || g)::uuid, md5('search-company-' || g)::uuid,
       (array['Олена','Ігор','Марина','Андрій','Світлана','Олег','Наталія','Сергій','Тетяна','Василь'])[1 + (g % 10)::int]
       || ' ' || (array['Коваленко','Бондаренко','Ткаченко','Шевченко','Кравченко','Мельник','Бойко','Олійник',
                        'Лисенко','Гончаренко','Руденко','Савченко','Петренко','Мороз','Левченко'])[1 + (g / 10 % 15)::int],
       'Логіст', null
from generate_series(1, :companies) g where g % 3 = 0;
insert into prospecting_prospect (id, company_id, status, priority, holder_id, lease_until, attempts, last_called_at,
                                  due_at, callback_owner, created_at, version)
select md5('search-prospect-' || g)::uuid, md5('search-company-' || g)::uuid, 'NOT_INTERESTED', 0, null, null, 1, now(),
       null, null, now(), 0
from generate_series(1, :companies) g;
vacuum analyze;
