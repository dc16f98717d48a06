import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class LetNonprofitsTurnOffNextEditionInvitations1796665398310 implements MigrationInterface {
  name = 'LetNonprofitsTurnOffNextEditionInvitations1796665398310';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "nonprofit" ADD "invite_to_next_editions" boolean NOT NULL DEFAULT true');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "nonprofit" DROP COLUMN "invite_to_next_editions"');
  }
}
