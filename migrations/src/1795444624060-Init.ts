import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class Init1795444624060 implements MigrationInterface {
  name = 'Init1795444624060';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"event_kind\" AS ENUM('NACHTSCHICHT', 'HACKATHON', 'OTHER')");
    await queryRunner.query(
      "CREATE TYPE \"public\".\"event_status\" AS ENUM('DRAFT', 'OPEN', 'CLOSED', 'MATCHING', 'PUBLISHED', 'DONE', 'ARCHIVED')",
    );
    await queryRunner.query(
      'CREATE TABLE "event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" "public"."event_kind" NOT NULL, "status" "public"."event_status" NOT NULL DEFAULT \'DRAFT\', "description" text NOT NULL DEFAULT \'\', "city" text NOT NULL, "venue" text, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_30c2f3bbaf6d34a55f8ae6e4614" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_85861633f0a1827e793dc7bdb2" ON "event"  ("status", "starts_at") ');
    await queryRunner.query(
      'CREATE TABLE "dev_mail" ("id" uuid NOT NULL, "message_id" text NOT NULL, "to_address" text NOT NULL, "subject" text NOT NULL, "body_text" text NOT NULL, "body_html" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b01c4bacf3a68fec742f2bf368f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"outbox_status\" AS ENUM('PENDING', 'SENT', 'EXPIRED', 'FAILED')");
    await queryRunner.query(
      'CREATE TABLE "outbox_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to_address" text NOT NULL, "locale" text NOT NULL, "template" text NOT NULL, "subject" text NOT NULL, "body_text" text NOT NULL, "body_html" text NOT NULL, "attachments" jsonb NOT NULL DEFAULT \'[]\', "status" "public"."outbox_status" NOT NULL DEFAULT \'PENDING\', "attempts" integer NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2f36ee5236f2793f3e7bd554589" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "outbox_message_due" ON "outbox_message"  ("status", "next_attempt_at") ');
    await queryRunner.query(
      'CREATE TABLE "seed_marker" ("name" text NOT NULL, "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_965475be0508625c628bd8c72a8" PRIMARY KEY ("name"))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "seed_marker"');
    await queryRunner.query('DROP INDEX "public"."outbox_message_due"');
    await queryRunner.query('DROP TABLE "outbox_message"');
    await queryRunner.query('DROP TYPE "public"."outbox_status"');
    await queryRunner.query('DROP TABLE "dev_mail"');
    await queryRunner.query('DROP INDEX "public"."IDX_85861633f0a1827e793dc7bdb2"');
    await queryRunner.query('DROP TABLE "event"');
    await queryRunner.query('DROP TYPE "public"."event_status"');
    await queryRunner.query('DROP TYPE "public"."event_kind"');
  }
}
