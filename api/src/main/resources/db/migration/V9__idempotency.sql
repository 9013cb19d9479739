-- Idempotency-Key on creates: the first answer is kept so that a retried POST (a weak connection, a partner's
-- retry loop) gets the same result instead of creating a duplicate. Kept for 24 hours.
create table idempotency_record (
    caller     varchar(200)  not null,
    key        varchar(100)  not null,
    method     varchar(10)   not null,
    path       varchar(500)  not null,
    status     integer,
    body       text,
    location   varchar(1000),
    etag       varchar(100),
    created_at timestamptz   not null,
    primary key (caller, key)
);
create index idempotency_record_created_idx on idempotency_record (created_at);
