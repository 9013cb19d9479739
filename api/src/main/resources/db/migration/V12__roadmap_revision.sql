-- A roadmap's revision rises with every committed change to what its board and progress summary show, so that an answer
-- built once can be served again while the revision is unchanged (RevisionCache). Raised by triggers on every table those
-- answers read, whatever code writes to it. The triggers are deferred to the commit, so that concurrent status changes
-- on one roadmap hold the revision's row lock only while they commit, not for their whole transaction.
-- A roadmap with no row here is at revision 0.
create table roadmap_revision (
    roadmap_id bigint primary key references roadmap (id) on delete cascade,
    revision   bigint not null
);

create function kharita_raise_revision(changed bigint) returns void language sql as $$
    insert into roadmap_revision as v (roadmap_id, revision)
    select r.id, 1 from roadmap r where r.id = changed -- a roadmap deleted in the same transaction has nothing to raise
    on conflict (roadmap_id) do update set revision = v.revision + 1
$$;

-- OLD is null on insert and NEW on delete; an update raises the roadmap the row left and the one it joined
create function kharita_raise_by_roadmap() returns trigger language plpgsql as $$
begin
    perform kharita_raise_revision(changed) from (select distinct changed from (values (old.roadmap_id), (new.roadmap_id)) c(changed)) d
    where changed is not null;
    return null;
end $$;

create function kharita_raise_by_measure() returns trigger language plpgsql as $$
begin
    perform kharita_raise_revision(m.roadmap_id) from (select distinct roadmap_id from measure where id in (old.measure_id, new.measure_id)) m;
    return null;
end $$;

create function kharita_raise_by_risk() returns trigger language plpgsql as $$
begin
    perform kharita_raise_revision(r.roadmap_id) from (select distinct roadmap_id from risk where id in (old.risk_id, new.risk_id)) r;
    return null;
end $$;

-- a board names the lead institutions of its cards: renaming one raises every roadmap, in the order of their ids so
-- that two renames committing at once lock the revisions in the same order (no deadlock)
create function kharita_raise_all() returns trigger language plpgsql as $$
begin
    insert into roadmap_revision as v (roadmap_id, revision) select id, 1 from roadmap order by id
    on conflict (roadmap_id) do update set revision = v.revision + 1;
    return null;
end $$;

create constraint trigger measure_raises_revision after insert or update or delete on measure
    deferrable initially deferred for each row execute function kharita_raise_by_roadmap();
create constraint trigger pillar_raises_revision after insert or update or delete on pillar
    deferrable initially deferred for each row execute function kharita_raise_by_roadmap();
create constraint trigger working_group_raises_revision after insert or update or delete on working_group
    deferrable initially deferred for each row execute function kharita_raise_by_roadmap();
create constraint trigger risk_raises_revision after insert or update or delete on risk
    deferrable initially deferred for each row execute function kharita_raise_by_roadmap();
create constraint trigger risk_measure_raises_revision after insert or update or delete on risk_measure
    deferrable initially deferred for each row execute function kharita_raise_by_risk();
create constraint trigger measure_responsibility_raises_revision after insert or update or delete on measure_responsibility
    deferrable initially deferred for each row execute function kharita_raise_by_measure();
create constraint trigger measure_location_raises_revision after insert or update or delete on measure_location
    deferrable initially deferred for each row execute function kharita_raise_by_measure();
create constraint trigger measure_dependency_raises_revision after insert or update or delete on measure_dependency
    deferrable initially deferred for each row execute function kharita_raise_by_measure();
create constraint trigger stakeholder_raises_revision after update of abbreviation, name_en, name_ar or delete on stakeholder
    deferrable initially deferred for each row execute function kharita_raise_all();
