import type { Database } from './database'

// Append-only: a released migration is never edited, a change is a new entry.
// Plain PostgreSQL that runs unchanged on PGlite and on a served PostgreSQL.
const MIGRATIONS: { id: number; name: string; sql: string }[] = [
  {
    id: 1,
    name: 'initial',
    sql: `
      create table plan_years (
        year int primary key,
        title text not null
      );
      create table targets (
        year int not null references plan_years (year),
        id text not null,
        position int not null,
        definition jsonb not null,
        primary key (year, id)
      );
      create table observations (
        year int not null,
        target_id text not null,
        month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        value double precision not null,
        ytd_amount double precision,
        note text,
        updated_by text not null,
        updated_at timestamptz not null default now(),
        version int not null default 1,
        primary key (year, target_id, month),
        foreign key (year, target_id) references targets (year, id)
      );
      create table users (
        id serial primary key,
        username text not null unique,
        password_hash text not null,
        role text not null check (role in ('viewer', 'editor', 'admin')),
        scope jsonb not null default '[]',
        created_at timestamptz not null default now()
      );
      create table sessions (
        token_hash text primary key,
        user_id int not null references users (id) on delete cascade,
        expires_at timestamptz not null
      );
      create table api_tokens (
        token_hash text primary key,
        user_id int not null references users (id) on delete cascade,
        label text not null,
        created_at timestamptz not null default now()
      );
      create table audit_log (
        id bigserial primary key,
        at timestamptz not null default now(),
        actor text not null,
        action text not null,
        year int,
        target_id text,
        month text,
        old_value jsonb,
        new_value jsonb
      );
      create index audit_log_target on audit_log (year, target_id, month);
      create table projects (
        id serial primary key,
        year int not null references plan_years (year),
        name text not null,
        county text,
        sector text,
        level text check (level in ('省级', '市级')),
        is_new boolean,
        total_investment double precision,
        planned_investment double precision,
        completed_investment double precision,
        status text check (status in ('未开工', '已开工', '已复工', '已投产', '已完工')),
        started_on date,
        completed_on date,
        updated_at timestamptz not null default now()
      );
    `,
  },
  {
    id: 2,
    name: 'retired targets',
    // A target taken out of the catalog is retired, not deleted: its figures and audit stay.
    sql: 'alter table targets add column retired boolean not null default false',
  },
]

/**
 * Brings the schema up to date in one transaction, under an advisory lock, so that several API
 * instances starting together on one PostgreSQL migrate once; recorded in schema_migrations.
 */
export async function migrate(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(20250226)')
    await tx.query(
      'create table if not exists schema_migrations (id int primary key, name text not null, applied_at timestamptz not null default now())',
    )
    const done = new Set((await tx.query<{ id: number }>('select id from schema_migrations')).map((r) => r.id))
    for (const m of MIGRATIONS) {
      if (done.has(m.id)) continue
      for (const statement of m.sql
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean))
        await tx.query(statement)
      await tx.query('insert into schema_migrations (id, name) values ($1, $2)', [m.id, m.name])
    }
  })
}
