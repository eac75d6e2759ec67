-- A suspended organization keeps its data, but nobody can sign in to it.
alter table organizations add column suspended_at timestamp with time zone;
