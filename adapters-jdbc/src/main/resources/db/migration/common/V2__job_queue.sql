-- db-scheduler's own table, as published for PostgreSQL by db-scheduler 16.x; H2 in PostgreSQL mode accepts it
-- unchanged (text becomes varchar, bytea becomes varbinary).
create table scheduled_tasks (
    task_name            text not null,
    task_instance        text not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- Jobs that failed every attempt: kept with their last error until an operator retries or drops them.
create table dead_jobs (
    id              varchar(64) primary key,
    kind            varchar(64) not null,
    organization_id uuid not null,
    subject_id      varchar(255) not null,
    attempts        integer not null,
    last_error      text not null,
    failed_at       timestamp with time zone not null
);
create index dead_jobs_org_idx on dead_jobs (organization_id, failed_at);
