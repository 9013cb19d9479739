-- A status change writes status, progress, updated_at, updated_by and version. While an index covered any of them, each
-- change added an entry to every index on measure, and VACUUM skips index cleanup when the dead rows sit on few pages
-- (a workshop changing the same measures all day): the board, dashboard and list then walked the dead entries and ran at
-- half speed (measured on the L benchmark: board 647 -> 281, dashboard 2,787 -> 1,422 queries/s after 7,500 changes).
-- With no index on those columns, and room on the page for the new row version, a change is a heap-only (HOT) update.

-- measure_code_uk (roadmap_id, lower(code)) already finds a roadmap's measures.
drop index measure_status_idx;
-- Served only the partners' incremental pull (updatedSince, sort=updatedAt), which now reads the table: about 50 ms on
-- 50,000 measures, once a night, against every change of every day.
drop index measure_updated_idx;
-- Room for the new version on the same page. Rows already stored are packed full and make room as they move.
alter table measure set (fillfactor = 90);
