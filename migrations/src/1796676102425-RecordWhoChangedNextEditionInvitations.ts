import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class RecordWhoChangedNextEditionInvitations1796676102425 implements MigrationInterface {
  name = 'RecordWhoChangedNextEditionInvitations1796676102425';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "nonprofit" ADD "invitations_changed_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "nonprofit" ADD "invitations_changed_by_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "nonprofit" ADD CONSTRAINT "FK_f1b9c80da14d905791a51ccb764" FOREIGN KEY ("invitations_changed_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "nonprofit" DROP CONSTRAINT "FK_f1b9c80da14d905791a51ccb764"');
    await queryRunner.query('ALTER TABLE "nonprofit" DROP COLUMN "invitations_changed_by_id"');
    await queryRunner.query('ALTER TABLE "nonprofit" DROP COLUMN "invitations_changed_at"');
  }
}
