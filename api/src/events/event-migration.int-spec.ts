import { useTestDataSource } from '../../test/database';

describe('the AddEventSlots migration', () => {
  const db = useTestDataSource();

  it('keeps the events that existed before it, without a body, slots or languages', async () => {
    // Later migrations are undone too, so this keeps testing the step from before slots to after.
    const applied = async () =>
      ((await db.dataSource.query(`SELECT name FROM migrations`)) as { name: string }[]).map((row) => row.name);
    while ((await applied()).some((name) => name.startsWith('AddEventSlots')))
      await db.dataSource.undoLastMigration({ transaction: 'each' });
    await db.dataSource.query(
      `INSERT INTO event (name, kind, status, city, starts_at, ends_at)
       VALUES ('Nachtschicht Lübeck', 'NACHTSCHICHT', 'OPEN', 'Lübeck', '2026-12-10T16:00Z', '2026-12-10T21:00Z')`,
    );
    await db.dataSource.runMigrations({ transaction: 'each' });
    expect(
      await db.dataSource.query(
        `SELECT name, status, online, languages, organizing_body_id, volunteer_deadline FROM event`,
      ),
    ).toEqual([
      {
        name: 'Nachtschicht Lübeck',
        status: 'OPEN',
        online: false,
        languages: [],
        organizing_body_id: null,
        volunteer_deadline: null,
      },
    ]);
  });
});
