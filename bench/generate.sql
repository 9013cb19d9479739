-- Kharita benchmark data: adds :roadmaps roadmaps of :measures measures each to a database that already holds the
-- demo roadmap (size S), with realistic distributions. Reproducible (setseed). Run with psql:
--   psql -v roadmaps=100 -v measures=500 -v actions=10 -v history=20 -v indicators=50 -v readings=40 -f generate.sql
-- Sizes (docs/benchmarks.md): M = 10 × 500, L = 100 × 500 measures; 10 actions and 20 history records per measure;
-- one indicator per 10 measures with 40 monthly readings (L: 500,000 actions, 1,000,000 history, 200,000 readings).
\set ON_ERROR_STOP on
select setseed(0.42);

create temporary table words (i int, en text, ar text);
insert into words values
  (0, 'clearance', 'التدقيق الأمني'), (1, 'civil documentation', 'الوثائق المدنية'), (2, 'return', 'العودة'),
  (3, 'reintegration', 'إعادة الإدماج'), (4, 'community dialogue', 'الحوار المجتمعي'), (5, 'legal aid', 'المساعدة القانونية'),
  (6, 'psychosocial support', 'الدعم النفسي الاجتماعي'), (7, 'livelihoods', 'سبل العيش'), (8, 'housing and property', 'السكن والممتلكات'),
  (9, 'local peace agreement', 'اتفاق السلم المحلي'), (10, 'case management', 'إدارة الحالات'), (11, 'schooling', 'التعليم المدرسي');

create temporary table verbs (i int, en text, ar text);
insert into verbs values
  (0, 'Harmonise', 'توحيد'), (1, 'Establish', 'إنشاء'), (2, 'Review', 'مراجعة'), (3, 'Expand', 'توسيع'),
  (4, 'Train staff on', 'تدريب الموظفين على'), (5, 'Monitor', 'رصد'), (6, 'Fund', 'تمويل'), (7, 'Map', 'حصر');

create temporary table picks as
select (select array_agg(id order by id) from stakeholder) as stakeholders,
       (select array_agg(id order by id) from location where pilot and level in ('GOVERNORATE', 'DISTRICT')) as places;

-- roadmaps, each with 7 pillars and 5 working groups
insert into roadmap (code, title_en, title_ar, version_label, status, owner_stakeholder_id, created_at, created_by, updated_at, updated_by)
select format('BENCH-%s', lpad(r::text, 3, '0')), format('Benchmark roadmap %s', r), format('خارطة طريق للقياس %s', r), 'v1',
       (array['DRAFT', 'IN_CONSULTATION', 'VALIDATED', 'ADOPTED'])[1 + r % 4], p.stakeholders[1], now(), 'bench', now(), 'bench'
from generate_series(1, :roadmaps) r, picks p;

insert into pillar (roadmap_id, code, name_en, name_ar, sort_order, created_at, created_by, updated_at, updated_by)
select rm.id, c.code, c.en, c.ar, c.n, now(), 'bench', now(), 'bench'
from roadmap rm
cross join (values (1, 'GOV', 'Governance', 'الحوكمة'), (2, 'DOC', 'Documentation', 'الوثائق'), (3, 'LEG', 'Legal review', 'المراجعة القانونية'),
                   (4, 'HLP', 'Housing, land, property', 'السكن والأراضي والممتلكات'), (5, 'PSY', 'MHPSS', 'الصحة النفسية'),
                   (6, 'SOC', 'Socio-economic', 'الإدماج الاجتماعي والاقتصادي'), (7, 'COM', 'Community readiness', 'جاهزية المجتمع')) c(n, code, en, ar)
where rm.code like 'BENCH-%';

insert into working_group (roadmap_id, code, name_en, name_ar, lead_stakeholder_id, created_at, created_by, updated_at, updated_by)
select rm.id, 'WG-' || c.code, 'Working group ' || c.code, 'مجموعة عمل ' || c.code, p.stakeholders[1 + c.n], now(), 'bench', now(), 'bench'
from roadmap rm, picks p
cross join (values (1, 'GOV'), (2, 'DOC'), (3, 'LEG'), (4, 'PSY'), (5, 'SOC')) c(n, code)
where rm.code like 'BENCH-%';

insert into working_group_pillar (working_group_id, pillar_id)
select wg.id, pl.id from working_group wg join pillar pl on pl.roadmap_id = wg.roadmap_id and 'WG-' || pl.code = wg.code
where wg.created_by = 'bench';

-- measures: statuses, visibility, dates and progress in the proportions of a roadmap two years in
create temporary table new_measure as
select rm.id as roadmap_id, m as n, random() as s, random() as v, random() as d, (random() * 11)::int as w, (random() * 7)::int as vb
from roadmap rm, generate_series(1, :measures) m
where rm.code like 'BENCH-%';

insert into measure (roadmap_id, pillar_id, working_group_id, code, title_en, title_ar, description_en, description_ar, type, level,
                     phase, priority, status, progress, start_date, due_date, visibility, created_at, created_by, updated_at, updated_by,
                     progress_mode)
select nm.roadmap_id, pl.id, wg.id, format('%s-%s', pl.code, lpad(nm.n::text, 3, '0')),
       format('%s %s in pilot areas (%s)', vb.en, w.en, nm.n), format('%s %s في المناطق التجريبية (%s)', vb.ar, w.ar, nm.n),
       'Generated for benchmarks', 'مولّد لأغراض القياس',
       (array['LEGAL', 'POLICY', 'OPERATIONAL', 'PROGRAMMATIC'])[1 + nm.n % 4], (array['NATIONAL', 'GOVERNORATE', 'DISTRICT'])[1 + nm.n % 3],
       (array['PREPARATORY', 'PILOT', 'SCALE_UP', 'INSTITUTIONALISATION'])[1 + nm.n % 4], (array['HIGH', 'MEDIUM', 'LOW'])[1 + nm.n % 3],
       st.status, st.progress, date '2025-01-01' + (nm.d * 500)::int, date '2025-01-01' + (nm.d * 500)::int + 90 + (nm.n % 400),
       case when nm.v < 0.5 then 'PUBLIC' when nm.v < 0.75 then 'PARTNERS' when nm.v < 0.95 then 'INTERNAL' else 'RESTRICTED' end,
       now() - interval '400 days', 'bench', now() - (nm.d * interval '300 days'), 'bench', 'MANUAL'
from new_measure nm
join pillar pl on pl.roadmap_id = nm.roadmap_id and pl.sort_order = 1 + nm.n % 7
left join working_group wg on wg.roadmap_id = nm.roadmap_id and wg.code = 'WG-' || pl.code
join words w on w.i = nm.w
join verbs vb on vb.i = nm.vb
cross join lateral (select case
    when nm.s < 0.10 then 'PROPOSED' when nm.s < 0.20 then 'ENDORSED' when nm.s < 0.40 then 'NOT_STARTED'
    when nm.s < 0.75 then 'IN_PROGRESS' when nm.s < 0.85 then 'DELAYED' when nm.s < 0.90 then 'ON_HOLD'
    when nm.s < 0.98 then 'COMPLETED' else 'CANCELLED' end as status,
    case when nm.s < 0.40 then 0 when nm.s < 0.90 then 5 + (nm.s * 80)::int when nm.s < 0.98 then 100 else 0 end as progress) st;

insert into measure_responsibility (measure_id, stakeholder_id, role)
select m.id, p.stakeholders[1 + m.id % array_length(p.stakeholders, 1)], 'LEAD' from measure m, picks p where m.created_by = 'bench'
union all
select m.id, p.stakeholders[1 + (m.id + 7) % array_length(p.stakeholders, 1)], 'SUPPORT' from measure m, picks p where m.created_by = 'bench';

insert into measure_location (measure_id, location_id)
select m.id, p.places[1 + m.id % array_length(p.places, 1)] from measure m, picks p where m.created_by = 'bench' and m.level <> 'NATIONAL';

-- a chain of dependencies in each pillar: every fifth measure waits for the one before it
insert into measure_dependency (measure_id, predecessor_id, kind, created_at, created_by, updated_at, updated_by)
select m.id, prev.id, 'FINISH_TO_START', now(), 'bench', now(), 'bench'
from measure m join measure prev on prev.roadmap_id = m.roadmap_id and prev.pillar_id = m.pillar_id and prev.id = m.id - 7
where m.created_by = 'bench' and m.id % 5 = 0;

insert into action (measure_id, title_en, title_ar, assignee_stakeholder_id, due_date, status, created_at, created_by, updated_at, updated_by)
select m.id, format('Step %s of %s', a, m.code), format('الخطوة %s من %s', a, m.code), p.stakeholders[1 + (m.id + a) % array_length(p.stakeholders, 1)],
       m.start_date + a * 10, (array['NOT_STARTED', 'IN_PROGRESS', 'IN_PROGRESS', 'DONE', 'DONE', 'BLOCKED', 'CANCELLED'])[1 + (m.id + a) % 7],
       now(), 'bench', now(), 'bench'
from measure m, picks p, generate_series(1, :actions) a where m.created_by = 'bench';

-- history: status updates on the timeline and the audit trail behind "as of" reads
insert into measure_status_update (measure_id, from_status, to_status, from_progress, to_progress, note, actor, at)
select m.id, 'NOT_STARTED', 'IN_PROGRESS', 0, 10, 'Work started', 'bench', m.created_at + interval '30 days'
from measure m where m.created_by = 'bench';

insert into audit_event (entity_type, entity_id, action, actor, at, before, after)
select 'measure', m.id::text, case when h = 1 then 'CREATE' else 'UPDATE' end, 'bench', m.created_at + h * interval '3 days',
       case when h = 1 then null else jsonb_build_object('status', 'NOT_STARTED', 'progress', h - 1) end,
       jsonb_build_object('id', m.id, 'code', m.code, 'status', 'IN_PROGRESS', 'progress', h, 'visibility', m.visibility)
from measure m, generate_series(1, :history) h where m.created_by = 'bench';

-- risks: one per 25 measures, scored 1–25
insert into risk (roadmap_id, kind, category, title_en, title_ar, likelihood, impact, status, visibility, created_at, created_by, updated_at, updated_by)
select m.roadmap_id, 'RISK', (array['COMMUNITY_REJECTION', 'FUNDING_SHORTFALL', 'CLEARANCE_INCONSISTENCY', 'SECONDARY_DISPLACEMENT'])[1 + m.id % 4],
       'Risk to ' || m.code, 'خطر على ' || m.code, 1 + m.id % 5, 1 + (m.id / 5) % 5, 'OPEN',
       case when m.id % 10 = 0 then 'RESTRICTED' else 'PUBLIC' end, now(), 'bench', now(), 'bench'
from measure m where m.created_by = 'bench' and m.id % 25 = 0;
insert into risk_measure (risk_id, measure_id)
select r.id, m.id from risk r join measure m on m.roadmap_id = r.roadmap_id and r.title_en = 'Risk to ' || m.code where r.created_by = 'bench';

-- indicators with monthly national readings
insert into indicator (roadmap_id, code, name_en, name_ar, unit, direction, baseline_value, target_value, visibility, created_at, created_by, updated_at, updated_by)
select rm.id, format('IND-%s', lpad(i::text, 3, '0')), format('Indicator %s', i), format('المؤشر %s', i), 'COUNT', 'INCREASE', 0, 100,
       'PUBLIC', now(), 'bench', now(), 'bench'
from roadmap rm, generate_series(1, :indicators) i where rm.code like 'BENCH-%';
insert into indicator_measure (indicator_id, measure_id)
select ind.id, m.id from indicator ind join measure m on m.roadmap_id = ind.roadmap_id
where ind.created_by = 'bench' and m.code like '%-' || lpad((substr(ind.code, 5)::int)::text, 3, '0');
insert into indicator_measurement (indicator_id, period, value, created_at, created_by, updated_at, updated_by)
select ind.id, to_char(date '2024-01-01' + (k - 1) * interval '1 month', 'YYYY-MM'), k * 2, now(), 'bench', now(), 'bench'
from indicator ind, generate_series(1, :readings) k where ind.created_by = 'bench';

-- vacuumed as well as analysed: a freshly loaded table is vacuumed by autovacuum soon after, which must not fall
-- in a measured run (a first run at L once had a board p99 of 1.2 s against 33–44 ms in the next two)
vacuum analyze;
select (select count(*) from roadmap) roadmaps, (select count(*) from measure) measures, (select count(*) from action) actions,
       (select count(*) from audit_event) history, (select count(*) from indicator_measurement) readings;
