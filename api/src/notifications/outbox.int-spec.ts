import 'reflect-metadata';
import { useTestDataSource } from '../../test/database';
import { OutboxMessageEntity } from './outbox-message.entity';
import { OutboxService } from './outbox.service';

describe('OutboxService', () => {
  const db = useTestDataSource();
  const outbox = new OutboxService();

  it('writes the rendered mail with the caller’s transaction, so it exists only if the change commits', async () => {
    const request = {
      to: 'ada@example.org',
      locale: 'en' as const,
      template: 'test' as const,
      params: { name: 'Ada', url: 'https://skillshift.example' },
      expiresAt: new Date(Date.now() + 600_000),
    };
    await expect(
      db.dataSource.transaction(async (manager) => {
        await outbox.enqueue(manager, request);
        throw new Error('the change that caused the mail failed');
      }),
    ).rejects.toThrow('the change that caused the mail failed');
    expect(await db.dataSource.getRepository(OutboxMessageEntity).count()).toBe(0);

    const id = await db.dataSource.transaction((manager) => outbox.enqueue(manager, request));
    const row = await db.dataSource.getRepository(OutboxMessageEntity).findOneByOrFail({ id });
    expect(row).toMatchObject({ status: 'PENDING', attempts: 0, locale: 'en', subject: 'SkillShift test message' });
    expect(row.bodyText).toContain('Hello Ada,');
    expect(row.expiresAt?.getTime()).toBe(request.expiresAt.getTime());
  });
});
