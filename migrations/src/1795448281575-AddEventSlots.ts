import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Slots, and the event's body, languages, deadlines and online flag. Every new column is nullable or has a default, so
 * the events that exist survive unchanged; the demo seed's step `demo-event-slots` gives them slots and a body.
 */
export class AddEventSlots1795448281575 implements MigrationInterface {
  name = 'AddEventSlots1795448281575';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "slot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "capacity" integer NOT NULL, "label" text, CONSTRAINT "slot_capacity_positive" CHECK ("capacity" > 0), CONSTRAINT "slot_ends_after_start" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_5b1f733c4ba831a51f3c114607b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "slot_event_starts" ON "slot"  ("event_id", "starts_at") ');
    await queryRunner.query('ALTER TABLE "event" ADD "online" boolean NOT NULL DEFAULT false');
    await queryRunner.query('ALTER TABLE "event" ADD "online_url" text');
    await queryRunner.query('ALTER TABLE "event" ADD "languages" text array NOT NULL DEFAULT \'{}\'');
    await queryRunner.query('ALTER TABLE "event" ADD "nonprofit_deadline" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "event" ADD "volunteer_deadline" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "event" ADD "organizing_body_id" uuid');
    await queryRunner.query('CREATE INDEX "event_organizing_body" ON "event"  ("organizing_body_id") ');
    await queryRunner.query(
      'ALTER TABLE "event" ADD CONSTRAINT "FK_1f3ac59338d4ad6b417be8e373e" FOREIGN KEY ("organizing_body_id") REFERENCES "organizing_body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "slot" ADD CONSTRAINT "FK_3a2a388b648ec9b5d266798ce0a" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "slot" DROP CONSTRAINT "FK_3a2a388b648ec9b5d266798ce0a"');
    await queryRunner.query('ALTER TABLE "event" DROP CONSTRAINT "FK_1f3ac59338d4ad6b417be8e373e"');
    await queryRunner.query('DROP INDEX "public"."event_organizing_body"');
    await queryRunner.query('ALTER TABLE "event" DROP COLUMN "organizing_body_id"');
    await queryRunner.query('ALTER TABLE "event" DROP COLUMN "volunteer_deadline"');
    await queryRunner.query('ALTER TABLE "event" DROP COLUMN "nonprofit_deadline"');
    await queryRunner.query('ALTER TABLE "event" DROP COLUMN "languages"');
    await queryRunner.query('ALTER TABLE "event" DROP COLUMN "online_url"');
    await queryRunner.query('ALTER TABLE "event" DROP COLUMN "online"');
    await queryRunner.query('DROP INDEX "public"."slot_event_starts"');
    await queryRunner.query('DROP TABLE "slot"');
  }
}
