import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddPrivacyAndHelpPoints1795454465889 implements MigrationInterface {
  name = 'AddPrivacyAndHelpPoints1795454465889';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "edition_invitation" ("event_id" uuid NOT NULL, "person_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_81281a1bfdffb198770e39b11da" PRIMARY KEY ("event_id", "person_id"))',
    );
    await queryRunner.query('CREATE INDEX "edition_invitation_person" ON "edition_invitation"  ("person_id") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"help_topic\" AS ENUM('DEVICES', 'INTERNET_BASICS', 'ONLINE_SERVICES', 'COMMUNICATION', 'SAFETY_PRIVACY', 'OFFICE_SOFTWARE', 'WEBSITE_SOCIAL_MEDIA', 'ACCESSIBILITY')",
    );
    await queryRunner.query(
      'CREATE TABLE "help_point" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organizing_body_id" uuid NOT NULL, "name" text NOT NULL, "street" text NOT NULL DEFAULT \'\', "postal_code" text NOT NULL DEFAULT \'\', "city" text NOT NULL, "district" text NOT NULL DEFAULT \'\', "opening_hours" text NOT NULL, "languages" text array NOT NULL DEFAULT \'{}\', "topics" "public"."help_topic" array NOT NULL DEFAULT \'{}\', "website" text, "description" text NOT NULL DEFAULT \'\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c31baa50b0ac988ccf5c6af2612" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "help_point_organizing_body" ON "help_point"  ("organizing_body_id") ');
    await queryRunner.query(
      'CREATE TABLE "retention_warning" ("person_id" uuid NOT NULL, "warned_at" TIMESTAMP WITH TIME ZONE NOT NULL, "purge_after" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e6c193253c79a27641087209381" PRIMARY KEY ("person_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "scheduled_job" ("name" text NOT NULL, "last_run_at" TIMESTAMP WITH TIME ZONE, "last_result" jsonb, CONSTRAINT "PK_e9fa2da896f3bb1da2821312e47" PRIMARY KEY ("name"))',
    );
    await queryRunner.query('ALTER TABLE "event" ADD "copied_from_id" uuid');
    await queryRunner.query('ALTER TABLE "person" ADD "last_active_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "person" ADD "erased_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      'ALTER TABLE "event" ADD CONSTRAINT "FK_92da7d6dc412491b8b5c8403269" FOREIGN KEY ("copied_from_id") REFERENCES "event"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "edition_invitation" ADD CONSTRAINT "FK_af93bee4152962354a8d3ba16f8" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "edition_invitation" ADD CONSTRAINT "FK_4187e72ec11c991f0ebe9665437" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "help_point" ADD CONSTRAINT "FK_fe465115d108b90585ecad6a40f" FOREIGN KEY ("organizing_body_id") REFERENCES "organizing_body"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "retention_warning" ADD CONSTRAINT "FK_e6c193253c79a27641087209381" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "retention_warning" DROP CONSTRAINT "FK_e6c193253c79a27641087209381"');
    await queryRunner.query('ALTER TABLE "help_point" DROP CONSTRAINT "FK_fe465115d108b90585ecad6a40f"');
    await queryRunner.query('ALTER TABLE "edition_invitation" DROP CONSTRAINT "FK_4187e72ec11c991f0ebe9665437"');
    await queryRunner.query('ALTER TABLE "edition_invitation" DROP CONSTRAINT "FK_af93bee4152962354a8d3ba16f8"');
    await queryRunner.query('ALTER TABLE "event" DROP CONSTRAINT "FK_92da7d6dc412491b8b5c8403269"');
    await queryRunner.query('ALTER TABLE "person" DROP COLUMN "erased_at"');
    await queryRunner.query('ALTER TABLE "person" DROP COLUMN "last_active_at"');
    await queryRunner.query('ALTER TABLE "event" DROP COLUMN "copied_from_id"');
    await queryRunner.query('DROP TABLE "scheduled_job"');
    await queryRunner.query('DROP TABLE "retention_warning"');
    await queryRunner.query('DROP INDEX "public"."help_point_organizing_body"');
    await queryRunner.query('DROP TABLE "help_point"');
    await queryRunner.query('DROP INDEX "public"."edition_invitation_person"');
    await queryRunner.query('DROP TABLE "edition_invitation"');
    await queryRunner.query('DROP TYPE "public"."help_topic"');
  }
}
