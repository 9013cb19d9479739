// docs/benchmarks.md from the results of the last runs (bench/results/*.json), with the machine and the targets.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { JVM, JVM_ENV, ROOT, untrainedStart } from './system.mjs';

/** Results from before the runtime was recorded ran on JDK 17 with a trained class-data-sharing archive. */
const JDK17 = { version: 17, aot: false };

function runtimeDescription(runtime = JDK17) {
  const env = Object.entries(JVM_ENV).map(([k, v]) => `${k}=${v}`).join(' ');
  return runtime.aot
    ? `JDK ${runtime.version}, \`${env} java ${JVM.join(' ')} -XX:+UseCompactObjectHeaders -XX:AOTCache=app.aot\`; the ahead-of-time cache written by a training run`
    : `JDK ${runtime.version}, \`${env} java ${JVM.join(' ')} -XX:SharedArchiveFile=app-trained.jsa\`; the class-data-sharing archive written by a training run`;
}

const load = (file) => JSON.parse(readFileSync(join(ROOT, 'bench/results', file), 'utf8'));
const pct = (a, b) => (a && b ? `${Math.round((100 * a) / b)} %` : '–');
const mark = (ok) => (ok === undefined ? '' : ok ? 'met' : '**not met**');

/** The JavaScript a first visit downloads: the entry script and the chunks index.html preloads, gzipped. */
export function initialJavaScript() {
  const dist = join(ROOT, 'web/dist');
  if (!existsSync(join(dist, 'index.html'))) {
    return null;
  }
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  return Math.round(files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0) / 1024);
}

/** What keeping the board and the dashboard changed (the latest step), and what its figures mean. */
const CACHE_TEXT = [
  'The board and the dashboard were built anew for every request, although a workshop\'s screens ask for the same board over and',
  'over and it changes a few times a minute; at L the board\'s p99 at 100 requests/s was 37.8 ms, over the 25 ms target, and a',
  'profile found no one part of the build large enough to remove. Changed: a board or a summary once built is kept',
  '(`roadmap.RevisionCache`) and served again while its roadmap\'s revision is unchanged. Deferred triggers (migration',
  '`V12__roadmap_revision.sql`) raise the revision at the commit of any change to what these answers read, whatever made the',
  'change (`RoadmapRevisionTest` changes each table in plain SQL); each request reads the revision in the statement that checks',
  'the roadmap exists, so an unchanged board costs one statement instead of eight and no reader gets older data than the',
  'database holds, on any instance. Answers are kept per what decides a reader\'s cards (visibility levels, CCPC or not, the',
  'groups a lead leads) and per day; `BoardTest` checks that readers of different rights never get each other\'s board.',
  '',
  'What the figures mean. At saturation the board and the dashboard now serve kept answers, and the SQL a request issues, the',
  'one pgbench runs for the ratio, is the revision alone: the ratio fell to 4–18 %, because an index lookup of one row is',
  'no longer the work of the request (at L the board\'s 200 KB of JSON is). Against the SQL a build runs, which pgbench also',
  'runs in each round, the kept answers are served at 0.8–3.8 times its rate (the least for S\'s dashboard, whose build is',
  'three light statements). The latency at 100 requests/s is measured twice:',
  'with the roadmap unchanged, and with a status change of one of its measures every 2 s, each of which makes the next',
  'answer a new build (a workshop changes a few times a minute); the L board\'s p99 is 9.7 and 13.7 ms.',
  '',
  'The machine was much faster on the day of this run than on the day before: pgbench, the control, ran the unchanged SQL of',
  'the detail 2.6–3.3 times faster (L 9,886 → 32,003 tps), the list\'s 2.5–3 times and the board\'s build 1.6–2.9 times. So the',
  'start (2.0 s, where 3.2–4.3 s was measured before), the status changes (974–1,185/s, 457–539 before, now with the',
  'revision\'s trigger in each) and the resident memory are that day\'s figures for unchanged code, not gains of this step; the',
  'ratios of the list and the detail, which this step did not touch, stayed near where they were (L list 68 → 63 %, detail',
  '30 → 25 %). Measured after this run and not in it: readers of a revision being built now wait for that build instead of',
  'each making their own (every screen refetches at once after a live change; `BoardTest` checks that twelve screens cost',
  'one build); that changes only simultaneous misses.',
];

/**
 * The design changes the measurements led to, each with the results before it (bench/results/<before>/) and after it
 * (bench/results/<after>/, or the current results for the latest).
 */
/** kharita.read-cache.entries in api/src/main/resources/application.properties. */
const KEPT_ENTRIES = 64;

const BYTES_TEXT = [
  'The kept board and summary were objects, written as JSON again for every request: 27 % of a board\'s CPU at L. Now an',
  'answer is kept as the JSON it is sent as (`roadmap/KeptAnswer`), written once per revision, with a tag made from its',
  'content (ETag) and a gzip copy made for the first client that accepts it. A browser keeps the answer (`Cache-Control:',
  'private, no-cache`) and asks with If-None-Match each time: while the board is unchanged it gets 304 and no body; when it has',
  'changed, the board compressed, about a tenth of its bytes. The SPA gets both without code of its own: its fetch goes through',
  'the browser\'s cache. Saturation above is still measured as before (no Accept-Encoding, no If-None-Match); the line after',
  'the concurrency sweep measures the two ways a browser asks.',
];

/** The first run that measured the demo roadmap on L and on S in turns: `node bench/run.mjs --size L --into in-turns`. */
const IN_TURNS = 'in-turns';

const DESIGN_CHANGES = [
  {
    title: 'Before and after the board redesign', before: 'before', after: 'before-naming',
    text: [
      'The first measurement (`bench/results/before/`) found the 500-measure board at L capped at 47 requests/s, its SQL alone at 76',
      'transactions/s in pgbench, and its latency growing with the whole database, not with the roadmap: the planner scanned every',
      'responsibility, place link and dependency of all 100 roadmaps (hash joins) because PostgreSQL\'s default `random_page_cost`',
      '(4, for spinning disks) priced index probes too high, and the board loaded whole entities (descriptions, search text, terms of',
      'reference) and four levels of places per request. Changed: the API sets `random_page_cost = 1.1` on its connections (SSD),',
      'the board selects only the columns a card shows, and places come from the gazetteer held in memory (reference data).',
      'The JVM went from a 512 MB heap and G1 to a 256 MB heap and the serial collector.',
    ],
  },
  {
    title: 'Before and after naming things once on the board', before: 'before-naming', after: 'before-board-sql',
    text: [
      'After the redesign the 500-card board at L still ran at about a third of what its SQL allows, and at 100 requests/s it was near',
      'that limit, so its p99 was queueing: each answer named the pillar, working group, lead and every place on every card, as many',
      'bytes again as the cards themselves, all serialised by the API and read by the load tool on the same two cores.',
      'Changed: a card refers to those by id and the board names each once, in lists beside the cards (the SPA puts the names back',
      '`web/src/lib/board.ts`); the API starts from a class-data-sharing archive made at package time',
      '(`quarkus.package.jar.appcds.enabled`), with a 192 MB heap and `MALLOC_ARENA_MAX=2`.',
      'The latency harness changed at the same time: the \'before\' p99 at 100 requests/s came from autocannon\'s `overallRate`, whose',
      'connections each send their share of the second in one burst and then wait, so it measured the queue of a 100-request burst;',
      'the \'after\' comes from the open model (`bench/lib/open.mjs`). That row compares the methods as well as the designs.',
    ],
  },
  {
    title: 'Before and after reading the board without joins', before: 'before-board-sql', after: 'before-jvm',
    text: [
      'A profile of the 500-card board (JDK Flight Recorder) and of its statements one by one (pgbench) showed where the time went.',
      'On the SQL side, joining pillars and working groups hashed both whole tables, and sorting by `lower(code)` in the database\'s',
      'collation was 40 % of the measures statement. The leads, places and dependencies were found through a join with `measure`,',
      'which PostgreSQL turned into hashing the roadmap\'s measures and scanning all 10,000 dependencies of the 100 roadmaps.',
      'On the API side, Hibernate translated the board\'s and the dashboard\'s queries anew on every call, because the visibility',
      'levels were bound as one list parameter, and the caller\'s rights were worked out again for each card.',
      'Changed: the measures are read alone and sorted in Java. The pillars and the working groups come from two small statements',
      'by roadmap. The child rows are found with `measure_id = any(array(select id from measure where roadmap_id = ?))`, which',
      'probes their measure index, 3 to 4 times faster in pgbench. Lists are bound one parameter per value, so each query keeps its',
      'translation, and the caller\'s visibility and groups are worked out once per request. In the SPA, the `Intl` formatters are',
      'made once per locale instead of once per card: the 500-card board renders in 209 ms instead of 545.',
    ],
  },
  {
    title: 'Before and after the trained class archive, the native-memory trim and the two-statement measure read', before: 'before-jvm', after: 'before-harness',
    text: [
      'Among the targets still missed were the start (3.7 s), the resident memory after load (about 360 MB) and status changes on S.',
      'Counting the classes loaded at start showed 10,000 of 16,000 outside the build\'s archive: it is made as the API starts,',
      'so Hibernate\'s query parser, the JSON writers and the token checks, all loaded by the first requests, were missing. Native',
      'Memory Tracking and the process map showed 55 MB of freed native memory that glibc kept (`jcmd System.trim_native_heap`',
      'returned it at once).',
      'Changed: a training run writes an archive of everything the hot paths load, and the API starts from it',
      '([operations](operations.md)); the JVM returns freed native memory every 10 s; the code cache is 48 MB (the compiled',
      'code takes about 31 MB after the load). A status change read the measure\'s',
      'institutions, their names, its places, its working group and the group\'s pillars one lazy load at a time: it now reads',
      'the measure with its pillar, group and institutions in one statement and its places in a second (11 statements with the',
      'commit became 7), and the measure detail reads in the same two (4 became 2). Neither side of the detail moved beyond the',
      'run-to-run noise: its cost is per request, not per statement. The harness now warms the write path as it',
      'warms the reads (15 s of status changes before the first run); S was measured with that warm-up, M and L before it, and',
      'their first run of status changes is the slowest of the three.',
    ],
  },
  {
    title: 'Before and after measuring with wrk and warming up until steady', before: 'before-harness', after: 'before-vacuum',
    text: [
      'A change of method, not of design: both columns ran the same build of the API. Two faults in the harness made the API look',
      'slower than it is. The load came from autocannon, in Node, on the same two cores as the API: at the L board it took about 23 %',
      'of a core (it parses every 200 KB answer; wrk takes 3 %), where pgbench, in C, takes little from PostgreSQL. And the warm-up was 15 s per',
      'path, while the JIT needs more than a minute of a path\'s load on two shared cores: the L board, started fresh (with JFR on), served',
      '103 → 169 → 220 → 227 → 237 → 273 → 285 → 313 requests/s in eight runs of 10 s, so the first measured runs were still',
      'compiling. Now wrk (Debian\'s, one thread, `bench/wrk/kharita.lua`) drives the saturation runs and the status changes, and',
      'each path warms up for at least a minute and then until three 5-second runs in a row gain no more than 3 % (at most 3 minutes;',
      'the warm-up each took is printed under each size). A CPU profile of the warmed detail (async-profiler) shows where a small read\'s time goes in the API:',
      'verifying the access token about a quarter (parsing and checking the JWT, its RSA signature), Hibernate about a third for two',
      'statements, the PostgreSQL driver a sixth; the measure\'s own code 2.5 %.',
      'On one warmed API, alternating the two tools for 10 s each, wrk measured 6–8 % more on the detail (3,142 and 3,384 against',
      '2,952 and 3,138 requests/s) and 11–16 % more on the L board (361 and 364 against 312 and 327).',
      'The columns below do not show that gain, because the machine was slower on the day of the \'after\' run: PostgreSQL\'s own',
      'throughput on the same SQL, the control, fell by 12–34 % on most paths (S board 3,305 → 2,904 tps, S dashboard 11,000 → 7,322,',
      'L board 630 → 441, L detail 11,664 → 8,993; only the L dashboard\'s rose), and the API\'s by 4–34 %. Both sides moved with',
      'the machine, so the ratios, measured alternately within each run, are the figures to compare. Within a run the SQL side also slows after each run of status changes:',
      'none of the 63,753 updates of `measure` in the L database was a HOT update (the status and `updated_at` are indexed), so',
      'each left a dead row version and an entry in all six indexes, and pgbench on the L dashboard went 3,639 → 1,307 → 3,829 tps',
      'over the three runs (autovacuum ran twice on `measure`). The dead entries were the first suspect; the next section tests that.',
    ],
  },
  {
    title: 'Before and after a VACUUM after each run of status changes (L)', before: 'before-vacuum', after: 'before-token-cache',
    text: [
      'The harness now runs `VACUUM (ANALYZE)` on `measure`, `measure_status_update` and `audit_event` after each run of status',
      'changes, as autovacuum would within its next minute, so that each run\'s reads, API and pgbench alike, meet the database as',
      'it is between bursts of writes rather than just after 9,000 updates of 64 rows. Only L was run again; S and M were measured',
      'before this step.',
      'Result: the slowdown within a run did not go away. After the VACUUM that followed run 2\'s status changes, pgbench on the',
      'board still went 826 → 772 → 413 tps over the three runs, and on the dashboard 3,981 → 3,765 → 1,903 (the API: board',
      '282 → 260 → 248 requests/s, dashboard 1,671 → 1,434 → 1,142). So the dead rows were not its cause, or not the main one, and what is left is the shared machine. Both sides were',
      'also faster than in the run before (L board 181 → 260 requests/s, its SQL 441 → 772 tps): the machine was quicker that hour.',
      'The step stays, since it removes one difference between runs that the benchmark itself makes.',
    ],
  },
  {
    title: 'Before and after verifying each access token once', before: 'before-token-cache', after: 'before-read-limit',
    text: [
      'The profile above put a quarter of a small read\'s CPU in verifying the access token, which Quarkus OIDC does again on every',
      'request although a client sends the same token for minutes. Changed: `common.security.VerifiedTokenCache` runs ahead of',
      'Quarkus OIDC\'s own verification, lets it verify a token the first time, and then reuses the identity until the token expires',
      '(the whole token is the key, its `exp` is checked at each use, and the request-bound attributes are the current request\'s;',
      'what it gives up is in [security](security.md)). The warmed detail\'s profile now shows no JWT parsing or signature check;',
      'the PostgreSQL driver and Hibernate are two thirds of it, and most of the driver\'s share is the two round trips\' socket calls.',
      'On one S database, with the same build started alternately with the cache and without it',
      '(`kharita.security.token-cache.max-size=0`), 60 s of warm-up and three 10 s runs each, twice: the detail served',
      '3,380, 3,407, 3,495, 3,118, 3,501 and 3,291 requests/s with it against 2,656, 2,744, 2,771, 2,744, 2,743 and 2,505 without',
      '(medians 3,394 and 2,743: +24 %), and the board 1,149–1,456 against 1,221–1,354 (medians 1,310 and 1,286: +2 %), since the board\'s',
      'time is in its 35 cards, not in its token.',
      'The full run below (S, M and L, medians of three) agrees: the detail\'s share of pgbench rose by 6–9 points on each size, and',
      'status changes, which verify a token too, now exceed 500/s on all three (S 460 → 668/s). The L board\'s p99 at 100 requests/s',
      'is 24.9 ms, within the target by a hair: its three runs gave 24.9, 21.5 and 26.8 ms. The detail and the S list stay the lowest',
      'paths at 26–37 %; what is left in them is per request (two round trips to PostgreSQL, Hibernate, HTTP and JSON), not per row.',
      'Resident memory after the load, 309–329 MB against 307–330, did not move beyond its spread between runs.',
    ],
  },
  {
    title: 'Before and after admitting a few reads at a time', before: 'before-read-limit', after: 'before-jdk25',
    text: [
      'The sweep of the board served more to 4 clients than to 16 (L: 330 against 237 requests/s, p99 26 against 191 ms), and',
      'resident memory was measured right after the 16: on two cores, reads beyond what the cores can execute add heap (each holds',
      'its cards until written) and switching, not throughput. Changed: `common.limits.ConcurrentReadLimit` runs at most twice the',
      'processors\' worth of API reads at once (4 here); the others wait in arrival order without holding a thread. Writes are never',
      'held back, and the live change stream is not counted. On one S database, the same build started alternately with the limit',
      'and without it (`kharita.limits.concurrent-reads=1000`), two rounds: resident memory after 16 clients on the board 287 and',
      '288 MB against 329 and 325; the board at 16 clients 1,123 and 1,202 requests/s against 780 and 1,008 (p99 21–22 ms against',
      '53–57); at 8 clients the paths moved both ways within the noise (board 840 and 952 against 667 and 1,043, list 812 and 759',
      'against 825 and 928, detail 2,451 and 2,597 against 2,294 and 2,362). On the L database, alternating starts, the board at',
      '100 requests/s had a p99 of 13–45 ms (median of twelve 10 s runs 18.4 ms) with the limit against 17–39 ms (median of nine',
      '22.6 ms) without it: the limit does not lengthen the steady-rate latency.',
      'The full run with it: resident memory after the load is now within 300 MB on every size (S 329 → 286, M 309 → 299, L 326 → 299)',
      'and the board at 16 clients serves more with a third of the p99 (L 237 → 329 requests/s, p99 191 → 72 ms). The machine was',
      'slower during this run than during the previous one: the board at 4 clients, which the limit does not touch, fell by 9–14 %',
      'on each size, and pgbench on the M board by 20 % (777 → 623 tps). So did the paths at 8 clients, and the L board\'s p99 at',
      '100 requests/s was 28.7–34.3 ms over its three runs, missing the 25 ms target this time (24.9 ms in the previous run; 18.4',
      'in the alternating starts above).',
    ],
  },
  {
    title: 'Before and after JDK 25 with an ahead-of-time cache', before: 'before-jdk25', after: 'before-hot',
    text: [
      'The API was ready 3.7–4.3 s after its start, and the time went to work the JVM does again at every start: a profile of the',
      'main thread on S showed 0.8 s in the class loader, 0.3 s of it inflating classes from the jars, and the two cores were shared',
      'with the JIT compilers, which used 3.8 s of CPU during the start. Changed: the build lays the application out for the JVM\'s',
      'ahead-of-time cache (`quarkus.package.jar.aot.enabled`, Quarkus\'s aot-jar: every class on the application class path), and',
      'production runs it on JDK 25 (Temurin, on this machine beside JDK 17) with the cache a training run writes (JEP 483, 514 and',
      '515: the classes loaded and linked, and the profiles of the methods the hot paths ran) and compact object headers (JEP 519);',
      '[operations](operations.md#production). On one S database, alternating starts, two rounds: the first authenticated answer',
      'after 2.6 and 2.8 s against 4.4 and 4.2 s on JDK 17 with its trained archive, resident memory after the load 291 and 268 MB',
      'against 295 and 311, and the paths at 8 clients (after 40 s of warm-up) within the noise of each other (board 1,148–1,500 against 854–1,446',
      'requests/s, dashboard 3,299–3,556 against 3,205–3,629, list 1,067–1,410 against 1,127–1,407, detail 2,809–3,376 against',
      '3,091–3,299). JDK 17 on the new layout, with a trained archive, was ready after 3.0–3.3 s.',
      'The full run with it, on JDK 25 at every size: the API was ready after 2.3 s on S, 2.9 s on M and 3.5 s on L (3.1 s in a',
      'first run of L; 5.4, 6.0 and 8.4 s on JDK 25 without the cache), and resident memory after the load was 282, 289 and 295 MB.',
      'L was slow in this run on the SQL side as much as on the API\'s, from its second run on: pgbench on the L board gave 542 tps',
      'in the first run and 328 and 319 in the next two (577 in the previous full run), on the dashboard 3,159 and then 1,325 and',
      '1,297 (2,393), and the API fell with it (board 189 → 159 and 146 requests/s, dashboard 1,291 → 747 and 735), so API ÷ pgbench',
      'rose while the L board\'s p99 at 100 requests/s went 32 → 52 and 59 ms and status changes 501 → 469 and 413/s. The first run',
      'of L this session did the same (board p99 120 ms). The same SQL on the same database at rest after the run gave 548–583 tps',
      'for the board and 2,767–3,117 for the dashboard, with 128 MB or 1 GB of shared buffers alike. Found after the run: a status',
      'change is not a HOT update (the status is indexed), so each adds an entry to every index on `measure`, and the `VACUUM` after',
      'the writes skips cleaning the indexes when the dead rows sit on few pages ("index scan bypassed: 28 pages from table (0.73 %',
      'of total) have 4637 dead item identifiers", as autovacuum would). Every read that finds a roadmap\'s measures by index then',
      'walks those entries too: on the L database after 15 s of status changes and that `VACUUM`, pgbench gave the L board 316 tps and',
      'the dashboard 1,491; after `VACUUM (INDEX_CLEANUP ON) measure`, 547 and 3,051. Production would see the same after a busy',
      'workshop; the design change (status changes that leave the indexes alone) is the next step.',
    ],
  },
  {
    title: 'Before and after heap-only status changes and measures read without entities', before: 'before-hot', after: 'before-status-write',
    text: [
      'Two changes, each measured on its own before the full run. First, status changes that leave the indexes alone (migration',
      'V11): `measure_status_idx (roadmap_id, status)` and `measure_updated_idx (updated_at)` are gone, so no index on `measure`',
      'covers a column a status change writes, and the table keeps 10 % of each page free for the new row version. The unique',
      '`(roadmap_id, lower(code))` index still finds a roadmap\'s measures; what it costs is the partners\' incremental pull by',
      '`updatedSince`, which now reads the table (about 50 ms for 50,000 measures). On the L database, 15 s of status changes at',
      '500/s from pgbench, then the `VACUUM` the harness runs: before, none of the 7,480 updates was HOT, the `VACUUM` bypassed the',
      'indexes ("39 pages from table (0.96 % of total) have 7480 dead item identifiers"), and pgbench on the L board went 647 → 281',
      'tps, on the dashboard 2,787 → 1,422. After (the same database with the new schema, rewritten with `VACUUM FULL`), 7,417 of',
      '7,443 updates were HOT and the board went 615 → 629 tps, the dashboard 2,900 → 3,302. `HeapOnlyStatusChangeTest` fails if an',
      'index on those columns comes back.',
      'Second, measures read without entities (`measure.MeasureReader`): the detail was two statements (the measure with its pillar,',
      'working group and institutions, then its places) hydrating every column of five tables, and the list its page and then a',
      'batch fetch per association. Now one statement reads a measure, or a page of them, with its pillar, its institutions as a',
      'JSON array (`json_agg`) and its places\' ids, which the gazetteer in memory names; the list first reads its page\'s ids with',
      'the same filters. Writes still load the entity. The answers are the same byte for byte (compared on the demo data, and',
      '`readsOneMeasureAsItsWriteAndTheListShowIt`). On one S database, the build with it and the build without it started alternately, two',
      'rounds of 40 s warm-up and two 10 s runs per path at 8 clients (the machine was slower that hour than in the full run): the',
      'detail served 4,018, 3,423, 3,577 and 3,665 requests/s against 1,817, 1,722, 1,676 and 1,844; the list 1,019, 1,014, 821 and',
      '1,050 against 505, 609, 541 and 585; the board and dashboard, which it does not touch, moved within the noise (board 560–875',
      'against 499–883). PostgreSQL gains as much from the one statement: pgbench gave it 14,255 and 15,575 tps against 5,396 and',
      '6,249 for the two it replaces, so API ÷ pgbench, measured on the SQL each build issues, does not show the gain.',
      'The full run with both: L no longer slows after its first run of status changes. pgbench on the L board gave 570, 602 and',
      '578 tps over the three runs (542, 328 and 319 before), on the dashboard 2,588, 3,081 and 2,604, and the L board\'s p99 at',
      '100 requests/s was 34.8 ms (51.9 before; still above 25). The detail serves 3,410–3,796 requests/s on M and L (2,073–2,582',
      'before) and the L list 415 (252); the detail is one statement, the list two or three (its ids, the total, the measures). The machine was slower',
      'during this run than during the last one, as the paths this step does not touch show on S and M: pgbench on the S board 2,992',
      '→ 2,591 tps, on the M dashboard 3,799 → 2,505, and the API\'s S board 1,096 → 869 requests/s; the start on S took 3.0 s (2.3',
      'in the last run). Status changes fell on every size (S 524 → 411/s, M 605 → 433, L 469 → 441), so they were compared again',
      'by hand: the same build on two copies of one S database, one with the old indexes and fill factor, started alternately, two',
      'rounds of two 15 s bursts at 8 clients, gave 242, 246, 237 and 290 changes/s with the old schema (none of 18,235 updates HOT)',
      'against 198, 226, 261 and 252 with the new (17,101 of 17,127 HOT): no difference beyond the noise, and so no cause in this',
      'change; the driver there (Node) is slower than wrk, hence the lower figures.',
      'After the full run, a CPU profile of the warmed detail put 4 % of its samples in an exception Hibernate throws and catches at',
      'every execution while resolving the type of a `bigint[]` result column (the places\' ids); they now come as a JSON array too.',
      'Started alternately with the build above, two rounds, the detail served 4,329, 4,403, 3,474 and 3,628 requests/s against',
      '4,171, 3,898, 4,069 and 3,803: no difference beyond the noise, so the figures of the full run stand.',
    ],
  },
  {
    title: 'Before and after status changes that read only what they change', before: 'before-status-write', after: 'before-board-reads',
    text: [
      'A CPU profile of warmed status changes (async-profiler, after 90 s of them) put loading the measure with its pillar, group,',
      'institutions and places as entities at 43 % of `MeasureService.update`, and the audit record with its notification at 35 %:',
      'a Hibernate insert (its id made by the database, so sent at once) and then a `select pg_notify(...)`. Now a change of status',
      'or progress alone loads only the measure\'s row with its pillar and reads the rest as readers do (`MeasureReader`, one',
      'statement); the answer and the audit\'s before and after take the institutions and places from that read, and',
      '`readsOneMeasureAsItsWriteAndTheListShowIt` compares them with the reads before and after the change. Other edits load the whole',
      'entity as before. The audit record and its notification are one statement (a data-modifying `with`) on the transaction\'s',
      'connection, after the flush. Statements per change: 5 instead of 6. On one S database, this build and the previous one',
      'started alternately, two rounds of three 15 s bursts at 8 clients after 90 s of warm-up: 425, 470, 365, 573, 553 and 603',
      'changes/s against 292, 423, 448, 427, 440 and 535; the API\'s CPU per change (from /proc) 2.9, 2.5, 3.4, 2.1, 2.1 and 1.8 ms',
      'against 4.7, 2.9, 2.7, 2.9, 2.8 and 2.0. The machine ran faster in the second round for both. After two minutes of changes the',
      'JIT compiler threads still took about 3 s of CPU per 15 s burst (15 % of the API\'s), one reason the figures rise from burst to',
      'burst and the warm-up matters.',
      'The full run: status changes 411 → 514/s on S, 433 → 575 on M and 441 → 694 on L, at or above 500/s on every size for the',
      'first time. The reads it does not touch moved within the noise of this machine (the L board\'s p99 at 100 requests/s 34.8 →',
      '36.4 ms, one of its three runs at 88 ms; the start on S 3.0 → 3.6 s and on L 3.7 → 3.0 s).',
    ],
  },
  {
    title: 'Before and after reading the board and the dashboard with less around their SQL', before: 'before-board-reads', after: 'before-contract',
    text: [
      'A CPU profile of the warmed 500-card board at L (async-profiler, 4 clients) put 5 % of the API\'s time in checking that the',
      'roadmap exists by loading it as an entity with its owner institution, 3 % in sorting the cards (two map lookups per',
      'comparison) and 2 % in working out, card by card, whether the reader may move it; the leads, places and dependencies',
      'statements each read the roadmap\'s measures again in a sub-select (0.3 ms of PostgreSQL\'s time each, pgbench `-r`). The',
      'dashboard loaded the roadmap the same way and its pillars as entities. Changed: the roadmap\'s existence is a count;',
      'the dashboard reads its pillars\' columns; the board binds the ids of the cards it read as one array to its three child',
      'statements, looks each card\'s pillar up once before sorting and works out each (visibility, working group) pair once.',
      'Statements per request are unchanged (8 and 3). On the L database (with the demo roadmap), this build and the previous one',
      'started alternately, two rounds, 60 s of warm-up: the L board served 243, 261, 293 and 270 requests/s at 8 clients against',
      '214, 227, 250 and 244; the S board 1,054, 1,159, 1,006 and 990 against 854, 828, 884 and 1,009; the L dashboard 1,484 and',
      '1,563 against 1,274 and 1,304; the S dashboard 2,723, 2,677, 2,876 and 2,453 against 2,271, 2,197, 2,552 and 2,384. The L',
      'board\'s p99 at 100 requests/s moved within its noise (16.4, 17.8, 25.9 and 18.1 ms against 108, 26.3, 19.6 and 19.6).',
      'The full run: the L board 207 → 237 requests/s and its p99 at 100 requests/s 36.4 → 28.0 ms (its three runs 28.0, 27.4 and',
      '33.8 ms; still above 25), the L dashboard 975 → 1,471 requests/s, the M board 218 → 250. The board\'s own SQL gained more',
      'than the API did: with the ids bound instead of selected again, pgbench ran it at 748 tps on L against 490, so the board\'s',
      'API ÷ pgbench fell (L 42 → 32 %, S 35 → 29 %) while both sides got faster. S was slower on every path this change does not',
      'touch (the detail 4,033 → 3,536 requests/s, the list 1,060 → 941), and its board at 8 clients with them (825 → 689), while',
      'the board\'s sweep in the same run gained at 1, 4 and 16 clients (302 → 408, 913 → 1,087 and 922 → 1,179 requests/s), as',
      'it did in the alternating starts above. The detail stays at 24–27 % of pgbench on every size: its',
      'one statement costs PostgreSQL about 0.1 ms, and a CPU profile of the API puts a third of its time in system calls and',
      'thread hand-offs (the HTTP connection, the worker thread, the socket to PostgreSQL), not in code of its own.',
    ],
  },
  {
    title: 'Before and after timing a start three times, on a slower day', before: 'before-contract', after: 'before-cache',
    text: [
      'No read or write path changed since the previous run. The time to the first authenticated answer is now the median of',
      'three starts instead of one (a start varies by half a second here). These starts ran with the contract written on',
      'request instead of at start, which was then taken out again (under "Tried and not kept"); it had moved a start\'s',
      'main thread by some 0.1–0.2 s, less than that spread.',
      'This full run met a slower machine than the one before: pgbench, the control, ran the same SQL 22–49 % slower (the table',
      'below), and the absolute figures fell with it, status changes on L to 457/s, under the 500 reached before; the API ÷',
      'pgbench ratios are the comparable ones, and they rose on most paths. M and L started about a second later than S, each',
      'right after its data was generated (not looked into further).',
      'Where the L board\'s time goes (JDK Flight Recorder, 20 s at 4 clients, warmed): 60 % of the API\'s samples in building the',
      'board, 34 % of them in reading its statements\' rows (Hibernate\'s extraction column by column, UTF-8 decoding of the',
      'bilingual titles and names, dates through `java.sql.Date`), the lead institutions\' statement alone 10 %; 27 % in writing',
      'the 200 KB of JSON. No one part is large enough that removing it would bring the p99 at 100 requests/s under 25 ms on this',
      'machine; what would is not to build an unchanged board again for each screen: the next section.',
    ],
  },
  {
    title: 'Before and after keeping the board and the dashboard until the roadmap changes', before: 'before-cache', after: 'before-bytes',
    text: CACHE_TEXT,
  },
  {
    title: 'Before and after keeping the board and the dashboard as the bytes they are sent as', before: 'before-bytes', after: 'before-in-turns',
    text: BYTES_TEXT,
  },
  {
    title: 'Before and after measuring the L ÷ S latency in turns within one run', before: 'before-in-turns', after: IN_TURNS,
    text: [
      'The L ÷ S target compared the demo roadmap\'s p99 at 100 requests/s on the L database with the S run\'s, measured about an',
      'hour earlier: 1.60 in the last full run. A p99 of a few milliseconds on this shared machine moves more between the hours',
      'than with the data. On another day, in consecutive 30 s runs at 100 requests/s, the API\'s liveness check (no token, no',
      'database) had a p99 of 3.2 to 7.5 ms and the demo board on S 7.7 to 8.6 ms, three times that full run\'s S figures. With',
      'both databases in one PostgreSQL, an API on each, and 15 s at 100 requests/s on each in turns (six rounds), the medians of',
      'p99 were on L 7.83 ms for the board and 5.72 for the dashboard, on S 8.28 and 6.89: L ÷ S 0.95 and 0.83. So each run of',
      'M and L now also creates a database of size S beside its own, serves it with a second API started as the measured one,',
      'and measures the demo roadmap on both in turns (the first in turn alternating between runs); the target is judged on',
      'that pair, and the ratio against the S run, measured apart, is still shown.',
      '',
      'The first such run (`node bench/run.mjs --size L --into in-turns`, 2026-12-08, in `bench/results/in-turns/`; the',
      'sections above are still the reference run of 2026-12-07) came on a slower day: pgbench ran the same statements at 52 to',
      '77 % of the reference run\'s rate, so this run\'s absolute figures are that day\'s, and the ratios, measured alternately',
      'within the run, are the ones to compare. The demo roadmap\'s p99 was lower on the L database than on the S one beside it',
      '(board 6.61 against 7.91 ms, dashboard 4.86 against 7.57; medians of three runs, each pair within a minute): L ÷ S 0.84',
      'and 0.64. Runs now last longer than an access token (5 minutes), so the harness renews it before each path; the first',
      'attempt of this run lost its status changes to expired tokens (401s, counted as errors, not as changes).',
    ],
  },
];

/** Changes measured by hand and not kept, with the figures that decided it. */
const TRIED = [
  'Writing the contract when `/q/openapi` is asked for instead of at every start. Quarkus 3.34 writes the whole document as',
  'JSON and as YAML at each start (quarkusio/quarkus#54826, fixed in a release this mirror does not serve) unless some',
  'filter runs per request; a filter that changed nothing, run per request, did that. A wall-clock profile of the main',
  'thread (async-profiler, two starts each) put 260 and 295 ms in the contract against 332 and 523; the rest of the main',
  'thread\'s start was Hibernate ORM 0.85–1.05 s, Hibernate Validator\'s metadata 0.47–0.53 s, Flyway 0.14–0.23 s and OIDC',
  '0.1 s. Alternating starts on one S database: medians of 3,747 against 3,813 ms over ten pairs and 3,703 against 4,179',
  'over four, within the spread. But each request for the contract then cost the API 29 ms (34 requests/s on one',
  'connection, against 2,056 when written once), on an endpoint anyone may call: not kept. What stayed is the conventions',
  'filter (`ApiConventionsFilter`) running at build time only, instead of again at each start.',
  '',
  'Hibernate\'s check of the mapping against the schema at start (`schema-management.strategy=validate`) switched off: 26 ms',
  'in the start\'s profile, and a median of 3,855 against 3,747 ms over the same ten alternating starts. Not kept: it catches',
  'a database the migrations did not make.',
  '',
  'Reflection-free JSON writers generated at build time (`quarkus.rest.jackson.optimization.enable-reflection-free-serializers`):',
  'on one S database, alternating starts, two rounds, the board served 1,144 and 1,068 requests/s without them against 842 and',
  '1,058 with them, the list 1,077 and 959 against 770 and 1,006, the detail 3,496 and 2,906 against 2,326 and 2,840. No gain; not kept.',
  '',
  'Holding the JIT compiler back at start. A CPU profile of a start on two cores: the main thread used 2.2 s of CPU while the',
  'compiler threads used 3.8 s (C2 2.6 s, C1 1.2 s). With C1 alone (`-XX:TieredStopAtLevel=1`, which costs peak throughput)',
  'the first authenticated answer came after 2.9–3.1 s, against 4.6–4.9 s in alternating starts. Keeping C2 away from code',
  'that only runs at start (a compiler directive excluding the class loader, annotation parsing, the JDK\'s bytecode spinner and',
  'YAML writing, which took 2.4 s of C2\'s time) gave 3.7–4.2 s against 3.7–4.8 s for the same build; raising C2\'s thresholds',
  'or lowering the compiler threads\' priority moved it as little. Within the noise of this machine; not kept. Where a start\'s',
  'wall time goes (async-profiler, main thread): Hibernate ORM\'s metadata and session factory about 1.1 s, Hibernate Validator\'s',
  'metadata of every constrained class 0.4 s, SmallRye OpenAPI preparing its document 0.4 s (it does so at every start, even',
  'with the endpoint switched off), OIDC 0.35 s, Flyway checking the migrations 0.26 s (0.1–0.3 s saved without it; kept, since',
  'migrating at start spares deployments a separate step).',
  '',
  'Again on JDK 25 with the ahead-of-time cache (ready after 3.3–4.4 s on S that day): the compiler threads still used about 4 s of',
  'CPU during a start on two cores. `-XX:TieredStopAtLevel=1` gave 2.6 s but gives up C2 for good; `-XX:CompileThresholdScaling=10`',
  'saved 0.3–0.45 s but delays compiling the hot paths after the start too; `-XX:-AOTReplayTraining`, ten times the C2 thresholds',
  'or `CompileThresholdScaling=3` moved it within the noise. Not kept. The main thread\'s share then: Hibernate\'s metadata 0.47 s,',
  'Hibernate Validator 0.4 s, ORM start 0.35 s, the OpenAPI document 0.31 s, Flyway 0.27 s, OIDC 0.18 s.',
  '',
  '`content-visibility: auto` on the board\'s cards, so the browser lays out only those on screen: the 500-card board rendered no',
  'faster (the time was React\'s, not layout), so it was taken out again.',
  '',
  'JDK 25 with an ahead-of-time cache, first attempt: on the fast-jar layout, before reads were admitted a few at a time. On the L',
  'database it answered its first authenticated request after 3.1–3.2 s against 4.2–4.6 s on JDK 17, but its resident memory after',
  'a short load was 395 MB against 348–367 MB, and a heap of 128 instead of 192 MB changed neither, so it was not kept then. It is',
  'now (see "Before and after JDK 25 with an ahead-of-time cache"): with the aot-jar layout and the read limit it no longer costs',
  'memory.',
  '',
  'A smaller old generation: `-Xms64m -Xmn32m` with `-XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40`, so that the old generation',
  'starts at 32 MB and is given back after each full collection. Over 30 s of the 500-card board at L it made 9 full collections',
  '(about 1 s of pauses) against none with `-Xms96m`, the old generation grew to 70 MB anyway, and a full run of the benchmark',
  'with it gave the L board 148–162 requests/s and a p99 at 100 requests/s of 36–47 ms. Not kept.',
  '',
  'Announcing changes after their commit, from a thread of the API\'s own (several per transaction, not waiting for their flush),',
  'instead of a `NOTIFY` in the writing transaction. PostgreSQL has every transaction that notifies hold one cluster-wide lock',
  'until its commit is on disk, so such commits cannot share a WAL flush. With pgbench on a scratch table',
  '(8 clients, 10 s): an update with a `pg_notify` 8,247 and 9,526 transactions/s, the update alone 12,629 and 12,828. The lock',
  'costs a third there, but its ceiling is some twenty times the API\'s status changes (fsync takes 0.15 ms on this disk).',
  'Status changes through the API, alternating starts, two rounds of two 15 s bursts: 247, 257, 166 and 227 changes/s without',
  'it against 181, 199, 190 and 223 with it. During them the API used 1.5 of the 2 cores and PostgreSQL 0.5: the API\'s work',
  'bounds a change, not the lock. A CPU profile after 80 s of changes: loading the measure with its associations 35 % of it,',
  'the audit record with its notification 34 %, the flush 14 %, the timeline entry 12 %. No gain here, and a change committed',
  'just before a crash would have gone unannounced; not kept.',
  '',
  '`-XX:ArchiveRelocationMode=0`: Debian\'s JDK 17.0.15 maps the class-data-sharing archive at a random address and relocates it at',
  'every start (address randomisation). Mapped where it was made instead, the archive is still resident whole after the load',
  '(34 MB copied and 48 MB clean, against 82 MB copied), so the process is no smaller, and in five alternating pairs of starts the',
  'difference was within the noise. It would give up the randomisation for nothing. Not kept.',
];

/** The board as a browser asks for it, and what the kept answers of its size take in memory. */
function browserLine(result) {
  const { sent, gzip } = result.boardBytes;
  const { gzip: compressed, unchanged } = result.browser;
  return `The board as a browser asks for it (saturation, ${result.concurrency} connections): gzip accepted, ${gzip} bytes on the wire instead of ${sent} `
    + `(${pct(gzip, sent)}), ${compressed.rps} req/s (p99 ${compressed.p99} ms, ${compressed.errors} errors); a screen that holds the current board `
    + `and sends its ETag in If-None-Match, 304 and no body, ${unchanged.rps} req/s (p99 ${unchanged.p99} ms, ${unchanged.errors} errors). `
    + `The ${KEPT_ENTRIES} answers the API keeps (\`kharita.read-cache.entries\`) take at most ${(KEPT_ENTRIES * (sent + gzip) / 2 ** 20).toFixed(1)} MB of its heap at this board's size.`;
}

/** Libraries whose cost Kharita's own design decides; the rest is the price of the stack's HTTP request. */
const DESIGN_DECIDES = ['Kharita', 'Hibernate ORM and Agroal (the connection pool)', 'Hibernate Validator', 'Jackson (JSON)'];

/** bench/results/profile.json (bench/profile.mjs): where the CPU of a request at saturation goes. */
function profileSection(lines, small) {
  if (!existsSync(join(ROOT, 'bench/results/profile.json'))) {
    return;
  }
  const profile = load('profile.json');
  const entries = Object.entries(profile.paths);
  const libraries = [...new Set(entries.flatMap(([, p]) => Object.keys(p.byLibrary)))];
  const row = (what, pick) => `| ${what} | ${entries.map(([, p]) => pick(p) ?? '–').join(' | ')} |`;
  lines.push('## Where a request\'s CPU goes', '',
    `\`node bench/profile.mjs\` (${profile.date.slice(0, 10)}; JDK ${profile.runtime.version}, the JVM options above): the API on the demo roadmap (size S), warmed up until`,
    `steady, at saturation (${profile.concurrency} connections), profiled for ${profile.seconds} s with ${profile.profiler} on the threads that serve requests`,
    '(Vert.x event loops and the worker pool). Each sample counts for the library whose code ran, the JDK and the kernel for',
    'the library that called them (a socket write by the JDBC driver is the driver\'s). Then the same load again without the',
    'profiler, with the machine\'s CPU split between the processes (from `/proc`). The API here starts without the trained cache,',
    'so its throughput is below the saturation runs above; the shares are what counts.', '',
    `| | ${entries.map(([name, p]) => `${name} (\`${p.path}\`)`).join(' | ')} |`, `| --- |${entries.map(() => ' ---: |').join('')}`,
    row('req/s (with the profiler)', (p) => `${p.rps} (${p.rpsProfiled})`),
    row('machine CPU: the API', (p) => `${p.cpuShare.api} %`),
    row('machine CPU: PostgreSQL', (p) => `${p.cpuShare.postgres} %`),
    row('machine CPU: wrk and everything else', (p) => `${p.cpuShare.rest} %`),
    row('API CPU per request, µs', (p) => p.microsPerRequest.api),
    row('PostgreSQL CPU per request, µs', (p) => p.microsPerRequest.postgres),
    ...libraries.map((library) => row(`request threads: ${library}`, (p) => (p.byLibrary[library] === undefined ? undefined : `${p.byLibrary[library]} %`))), '');
  const bounds = entries.map(([name, p]) => {
    const decided = DESIGN_DECIDES.reduce((sum, library) => sum + (p.byLibrary[library] ?? 0), 0);
    // were that code free, the machine (saturated: two shared cores) would spend that much less per request
    const gain = 1 / (1 - (decided / 100) * (p.cpuShare.api / 100)) - 1;
    const measured = small?.paths[name];
    const best = measured?.sqlTps ? (measured.rps * (1 + gain)) / measured.sqlTps : undefined;
    const ratio = best ? ` (on S, from ${pct(measured.rps, measured.sqlTps)} to at most ${Math.round(100 * best)} % of pgbench on its SQL)` : '';
    return { best, text: `${name} ${decided.toFixed(1)} % of the request threads' samples, so at most ${Math.round(100 * gain)} % more requests/s${ratio}` };
  });
  const reachable = bounds.filter((b) => b.best !== undefined);
  const short = reachable.length > 0 && reachable.every((b) => b.best < 0.4);
  lines.push(`What Kharita's design decides (its own code, Hibernate ORM and Agroal around the SQL, Bean Validation, JSON): ${bounds.map((b) => b.text).join('; ')}.`,
    ...(short ? ['Were all of it free, every one of these paths would still be short of 40 % of pgbench.'] : []),
    'The rest is the price of an authenticated HTTP request',
    'with one blocking JDBC statement in this stack: reading and writing HTTP, routing, the bearer token, the hand-off from the',
    'event loop to a worker thread and back (JDBC blocks), and the JDBC driver\'s own round trip, against pgbench\'s bare',
    'protocol round trip with no HTTP, no token and no JSON. Going further would mean another stack (a reactive SQL client on',
    'the event loop, no worker hand-off) or answering kept boards without asking PostgreSQL for the revision (a reader on one',
    'instance could then be served a board older than a change just made through another): neither is taken.', '');
}

function beforeAndAfter(lines, step, sizes) {
  const measured = ['S', 'M', 'L'].filter((size) => existsSync(join(ROOT, `bench/results/${step.before}/${size}.json`)));
  if (measured.length === 0) {
    return;
  }
  lines.push(`## ${step.title}`, '', ...step.text, '',
    '| size | what | before | after |', '| --- | --- | ---: | ---: |');
  for (const size of measured) {
    const old = load(`${step.before}/${size}.json`);
    // a size not measured again after a later step is still the current result
    const now = step.after && existsSync(join(ROOT, `bench/results/${step.after}/${size}.json`))
      ? load(`${step.after}/${size}.json`) : sizes.find((r) => r.size === size);
    const row = (what, pick) => {
      const [before, after] = [pick(old), now ? pick(now) : undefined];
      if (before !== undefined || after !== undefined) {
        lines.push(`| ${size} | ${what} | ${before ?? '–'} | ${after ?? '–'} |`);
      }
    };
    const throughput = (name) => {
      row(`${name} req/s`, (r) => r.paths[name]?.rps);
      row(`${name} pgbench tps (its SQL)`, (r) => r.paths[name]?.sqlTps && Math.round(r.paths[name].sqlTps));
      row(`${name} API ÷ pgbench`, (r) => r.paths[name]?.sqlTps && `${Math.round(100 * r.paths[name].rps / r.paths[name].sqlTps)} %`);
    };
    for (const name of ['board', 'dashboard']) {
      throughput(name);
      // before answers were kept, the SQL a request issued was the build's
      const builtFrom = (r) => r.paths[name]?.builtSqlTps ?? (r === old && now?.paths[name]?.builtSqlTps ? r.paths[name].sqlTps : undefined);
      row(`${name} pgbench tps of the SQL it is built from`, (r) => builtFrom(r) && Math.round(builtFrom(r)));
      row(`${name} p99 at 100 req/s, ms`, (r) => r.paths[name].steady?.p99);
      row(`${name} p99 at 100 req/s with a status change every 2 s, ms`, (r) => r.paths[name].changing?.p99);
      row(`${name} p99 at 100 req/s of the demo roadmap, ms`, (r) => r.paths[name].demoSteady?.p99);
      row(`${name} p99 at 100 req/s of the demo roadmap on a database of size S beside it, ms`, (r) => r.paths[name].demoAlone?.p99);
    }
    throughput('list');
    row('board payload, bytes', (r) => r.boardBytes?.sent ?? (r === old ? now?.boardBytes?.namedOnEachCard : undefined));
    row('board payload gzip-compressed, bytes', (r) => r.boardBytes?.gzip);
    row('board req/s, gzip accepted', (r) => r.browser?.gzip.rps);
    row('board req/s, 304 to a screen holding it', (r) => r.browser?.unchanged.rps);
    throughput('detail');
    row('status changes/s', (r) => r.write.rps);
    row('startup to the first authenticated answer, ms', (r) => r.startupMs);
    row('resident memory after the load, MB', (r) => r.rssMb);
  }
  lines.push('');
}

export function writeReport() {
  const sizes = ['S', 'M', 'L'].filter((size) => existsSync(join(ROOT, `bench/results/${size}.json`))).map((size) => load(`${size}.json`));
  const browser = existsSync(join(ROOT, 'bench/results/browser.json')) ? load('browser.json') : null;
  const cpu = cpus();
  const lines = [
    '# Benchmarks',
    '',
    `Generated by \`node bench/run.mjs --size ${sizes.map((s) => s.size).join(',')}\` (see [operations](operations.md#benchmarks)); do not edit by hand.`,
    '',
    `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB memory; the API, PostgreSQL, Keycloak and the`,
    `load tools all share it. API in production mode (${runtimeDescription(sizes[0]?.runtime)}, operations.md), PostgreSQL 17 (embedded binaries), load from`,
    'separate processes (wrk, Debian\'s, for saturation; a constant-rate sender in Node for latency), SQL side from pgbench. Each path',
    'is warmed up until its throughput stops rising before the runs. Each figure is the median of the runs listed.',
    '',
  ];
  for (const result of sizes) {
    lines.push(`## Size ${result.size} (${result.date.slice(0, 10)})`, '',
      `${result.rows.roadmaps} roadmaps, ${result.rows.measures} measures, ${result.rows.actions} actions, ${result.rows.history} history records, `
      + `${result.rows.readings} indicator readings; the benchmarked roadmap has ${result.measuresOnBoard} measures. `
      + `${result.runs} runs of ${result.seconds} s per path, ${result.concurrency} connections at saturation.`, '',
      '| path | API req/s | p50 ms | p95 ms | p99 ms | errors | SQL statements | pgbench tps (same SQL) | API ÷ SQL |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const [name, path] of Object.entries(result.paths)) {
      lines.push(`| ${name} | ${path.rps} | ${path.p50} | ${path.p95} | ${path.p99} | ${path.errors} | ${result.statements[name] ?? '–'} | ${path.sqlTps ? Math.round(path.sqlTps) : '–'} | ${pct(path.rps, path.sqlTps)} |`);
    }
    lines.push(`| status change (write, audit, notify) | ${result.write.rps} | | | ${result.write.p99} | ${result.write.errors} | | | |`, '');
    const kept = Object.entries(result.paths).filter(([, p]) => p.builtSqlTps);
    if (kept.length > 0) {
      lines.push('The board and the dashboard are kept until their roadmap changes: at saturation the API serves the kept answer',
        'after one statement (the roadmap\'s revision), which is the SQL pgbench runs above. When the roadmap has changed, the answer',
        `is built again from the SQL of the build, which pgbench runs at ${kept.map(([name, p]) => `${Math.round(p.builtSqlTps)} tps for the ${name} (${result.statements[`${name}-built`]} statements; the API's kept answers at ${pct(p.rps, p.builtSqlTps)} of that)`).join(' and ')}.`, '');
    }
    const changing = Object.values(result.paths).some((p) => p.changing);
    lines.push('At a steady 100 requests/s (below saturation; an open model, `bench/lib/open.mjs`: each request sent at its due time whatever the answers do, latency counted from that time)'
      + (changing ? ', with the roadmap unchanged and with a status change of one of its measures every 2 s (each makes the next answer a new build):' : ':'), '',
      changing ? '| path | p50 ms | p95 ms | p99 ms | with changes: p50 ms | p95 ms | p99 ms |' : '| path | p50 ms | p95 ms | p99 ms |',
      changing ? '| --- | ---: | ---: | ---: | ---: | ---: | ---: |' : '| --- | ---: | ---: | ---: |');
    for (const [name, path] of Object.entries(result.paths).filter(([, p]) => p.steady)) {
      lines.push(`| ${name} | ${path.steady.p50} | ${path.steady.p95} | ${path.steady.p99} |${path.changing ? ` ${path.changing.p50} | ${path.changing.p95} | ${path.changing.p99} |` : ''}`);
    }
    if (result.paths.board.demoAlone) {
      const pair = (name) => `${name} p99 ${result.paths[name].demoSteady.p99} against ${result.paths[name].demoAlone.p99} ms`;
      lines.push('', 'The demo roadmap (size S\'s) at 100 req/s on this database and, in turns within each run, on a database of size S beside it'
        + ` in the same PostgreSQL (served by a second API started as the measured one): ${pair('board')}, ${pair('dashboard')}.`);
    } else if (result.paths.board.demoSteady) {
      lines.push('', `The demo roadmap (size S's) on this database at 100 req/s: board p99 ${result.paths.board.demoSteady.p99} ms, dashboard p99 ${result.paths.dashboard.demoSteady.p99} ms.`);
    }
    lines.push('', `Board at several concurrencies: ${Object.entries(result.sweep).map(([c, r]) => `${c} → ${r.rps} req/s (p99 ${r.p99} ms)`).join('; ')}.`,
      ...(result.browser ? [browserLine(result)] : []),
      ...(result.warmUpSeconds ? [`Warm-up until steady: ${Object.entries(result.warmUpSeconds).map(([name, s]) => `${name} ${s} s`).join(', ')}.`] : []),
      ...(result.vacuumAfterWrites ? ['After each run of status changes: `VACUUM (ANALYZE)` of the tables they write.'] : []),
      `Startup to the first authenticated answer: ${result.startupMs} ms${result.startupRunsMs?.length > 1 ? `, the median of ${result.startupRunsMs.join(', ')} ms` : ''}${result.startupBuildArchiveMs ? ` (${result.startupBuildArchiveMs} ms ${untrainedStart(result.runtime ?? JDK17)})` : ''}. Resident memory after the load: ${result.rssMb} MB.`, '');
  }
  for (const step of DESIGN_CHANGES) {
    beforeAndAfter(lines, step, sizes);
  }
  const small = sizes.find((r) => r.size === 'S');
  profileSection(lines, small);
  lines.push('## Tried and not kept', '', ...TRIED, '');
  const large = sizes.find((r) => r.size === 'L');
  const js = initialJavaScript();
  const growth = (pick) => Math.max(...['board', 'dashboard'].map((name) => pick(large.paths[name]) / small.paths[name].steady.p99));
  const sameRoadmap = small && large?.paths.board.demoSteady ? growth((path) => path.demoSteady.p99) : undefined;
  // from the reference run when it measured in turns, else from the run kept apart for that step
  const apart = existsSync(join(ROOT, `bench/results/${IN_TURNS}/L.json`)) ? load(`${IN_TURNS}/L.json`) : undefined;
  const paired = large?.paths.board.demoAlone ? large : apart;
  const inTurns = paired
    ? Math.max(...['board', 'dashboard'].map((name) => paired.paths[name].demoSteady.p99 / paired.paths[name].demoAlone.p99)) : undefined;
  const pairedWhere = paired === large ? '' : ` (bench/results/${IN_TURNS}/, ${paired?.date.slice(0, 10)})`;
  const largerBoard = small && large ? growth((path) => path.steady.p99) : undefined;
  lines.push('## Targets', '', '| target | where we stand | |', '| --- | --- | --- |');
  if (large) {
    const p99 = Math.max(...['board', 'dashboard'].flatMap((name) => [large.paths[name].steady.p99, large.paths[name].changing?.p99 ?? 0]));
    const how = large.paths.board.changing ? ' (the worse of the unchanged roadmap and a change every 2 s)' : '';
    lines.push(`| board and dashboard p99 ≤ 25 ms at 100 req/s on L${how} | ${p99} ms | ${mark(p99 <= 25)} |`);
  }
  if (inTurns !== undefined) {
    lines.push(`| L ÷ S latency ≤ 1.5: p99 at 100 req/s of the same roadmap (the demo's) on the L database and on one of size S, in turns in one run, the worse of board and dashboard${pairedWhere} | ${inTurns.toFixed(2)} | ${mark(inTurns <= 1.5)} |`);
  }
  if (sameRoadmap !== undefined) {
    const what = inTurns !== undefined ? 'the same against the S run, measured apart (the machine\'s drift between the runs included)'
      : 'L ÷ S latency ≤ 1.5: p99 at 100 req/s of the same roadmap (the demo\'s) on each database, the worse of board and dashboard';
    lines.push(`| ${what} | ${sameRoadmap.toFixed(2)} | ${mark(sameRoadmap <= 1.5)} |`);
  }
  if (largerBoard !== undefined) {
    lines.push(`| the same ratio between the benchmarked roadmaps (S's board has ${small.measuresOnBoard} cards, L's ${large.measuresOnBoard}: it grows with the payload, not the database) | ${largerBoard.toFixed(2)} | ${mark(largerBoard <= 1.5)} |`);
  }
  const why = existsSync(join(ROOT, 'bench/results/profile.json')) ? ' (why: [where a request\'s CPU goes](#where-a-requests-cpu-goes))' : '';
  for (const result of sizes.filter((r) => r.paths.board.sqlTps)) {
    const worst = Math.min(...Object.values(result.paths).map((p) => p.rps / p.sqlTps));
    const built = Object.entries(result.paths).filter(([, p]) => p.builtSqlTps)
      .map(([name, p]) => `; ${name} against the SQL it is built from ${pct(p.rps, p.builtSqlTps)}`).join('');
    lines.push(`| each read path ≥ 40 % of pgbench on ${result.size}, on the SQL it issues | lowest ${Math.round(100 * worst)} %${built}${why} | ${mark(worst >= 0.4)} |`);
  }
  for (const result of sizes) {
    lines.push(`| status updates ≥ 500/s on ${result.size} | ${result.write.rps}/s | ${mark(result.write.rps >= 500)} |`,
      `| API ready ≤ 3 s on ${result.size} | ${(result.startupMs / 1000).toFixed(1)} s | ${mark(result.startupMs <= 3000)} |`,
      `| memory ≤ 300 MB under load on ${result.size} | ${result.rssMb} MB | ${mark(result.rssMb <= 300)} |`);
  }
  lines.push('| SQL statements per request constant in the rows | asserted by the API tests (`ListStatementCountTest`, `BoardTest`) | met |');
  if (js !== null) {
    lines.push(`| SPA initial JS ≤ 170 KB gzip | ${js} KB | ${mark(js <= 170)} |`);
  }
  if (browser) {
    lines.push(`| 500-card board interactive ≤ 300 ms (navigation to the first frame with all cards, median of 5, \`web/e2e/board-500.spec.ts\`) | ${browser.board500Ms} ms | ${mark(browser.board500Ms <= 300)} |`);
    for (const [page, score] of Object.entries(browser.lighthouse ?? {})) {
      lines.push(`| Lighthouse performance ≥ 95 on ${page} (${browser.lighthouseSettings}) | ${score} | ${mark(score >= 95)} |`);
    }
  }
  writeFileSync(join(ROOT, 'docs/benchmarks.md'), `${lines.join('\n')}\n`);
}

