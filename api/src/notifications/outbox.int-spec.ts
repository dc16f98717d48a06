import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { dataSourceOptions } from '../database/data-source';
import { OutboxMessageEntity } from './outbox-message.entity';
import { OutboxService } from './outbox.service';

describe('OutboxService', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const outbox = new OutboxService();

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('writes the rendered mail with the caller’s transaction, so it exists only if the change commits', async () => {
    const request = {
      to: 'ada@example.org',
      locale: 'en' as const,
      template: 'test' as const,
      params: { name: 'Ada', url: 'https://skillshift.example' },
      expiresAt: new Date(Date.now() + 600_000),
    };
    await expect(
      dataSource.transaction(async (manager) => {
        await outbox.enqueue(manager, request);
        throw new Error('the change that caused the mail failed');
      }),
    ).rejects.toThrow('the change that caused the mail failed');
    expect(await dataSource.getRepository(OutboxMessageEntity).count()).toBe(0);

    const id = await dataSource.transaction((manager) => outbox.enqueue(manager, request));
    const row = await dataSource.getRepository(OutboxMessageEntity).findOneByOrFail({ id });
    expect(row).toMatchObject({ status: 'PENDING', attempts: 0, locale: 'en', subject: 'SkillShift test message' });
    expect(row.bodyText).toContain('Hello Ada,');
    expect(row.expiresAt?.getTime()).toBe(request.expiresAt.getTime());
  });
});
