import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class KeepFeedbackHoursToTheHundredth1796656598523 implements MigrationInterface {
  name = 'KeepFeedbackHoursToTheHundredth1796656598523';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "feedback_request" ALTER COLUMN "hours" TYPE numeric(6,2)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "feedback_request" ALTER COLUMN "hours" TYPE numeric(6,1)');
  }
}
