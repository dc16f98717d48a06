import pg from 'pg';

/** Writes `count` outbox rows directly, as a service's transaction would. */
export async function insertOutboxRows(
  url: string,
  count: number,
  options: { expiresAt?: Date; to?: (i: number) => string } = {},
): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO outbox_message (to_address, locale, template, subject, body_text, body_html, expires_at)
       SELECT $1 || i || '@example.org', 'de', 'test', 'Nachricht ' || i, 'Text ' || i || ' https://example.org/x/' || i,
              '<p>Text ' || i || '</p>', $3::timestamptz
         FROM generate_series(1, $2::int) AS i
       RETURNING id`,
      ['person', count, options.expiresAt ?? null],
    );
    return rows.map((row) => row.id);
  } finally {
    await client.end();
  }
}

export async function outboxStatuses(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ status: string; count: string }>(
      'SELECT status, count(*) FROM outbox_message GROUP BY status',
    );
    return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
  } finally {
    await client.end();
  }
}
