-- Each scheduled job (reminder sweeps, the call roll-up, publication retries, …) runs on one instance at a
-- time: the instance that takes a job's row until lock_until runs it (ShedLock's table, its own layout).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
