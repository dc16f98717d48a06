import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddPeopleAndSessions1795445964692 implements MigrationInterface {
  name = 'AddPeopleAndSessions1795445964692';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL DEFAULT \'\', "locale" text NOT NULL DEFAULT \'de\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "person_email_lowercase" CHECK ("email" = lower("email")), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "person_email_unique" ON "person"  ("email") ');
    await queryRunner.query(
      'CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "person_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "session_token_hash_unique" ON "session"  ("token_hash") ');
    await queryRunner.query('CREATE INDEX "session_person" ON "session"  ("person_id") ');
    await queryRunner.query('CREATE TYPE "public"."sign_in_purpose" AS ENUM(\'SIGN_IN\', \'INVITATION\')');
    await queryRunner.query(
      'CREATE TABLE "sign_in_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "person_id" uuid NOT NULL, "purpose" "public"."sign_in_purpose" NOT NULL DEFAULT \'SIGN_IN\', "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "requested_ip_hash" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8a5bd958bc40bdd550e045c6286" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "sign_in_token_hash_unique" ON "sign_in_token"  ("token_hash") ');
    await queryRunner.query('CREATE INDEX "sign_in_token_person" ON "sign_in_token"  ("person_id") ');
    await queryRunner.query(
      'CREATE TABLE "rate_limit_counter" ("key" text NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "hits" integer NOT NULL DEFAULT \'0\', "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ebe8d4cd94f7816b2455101405e" PRIMARY KEY ("key", "window_start"))',
    );
    await queryRunner.query('CREATE INDEX "rate_limit_counter_expires" ON "rate_limit_counter"  ("expires_at") ');
    await queryRunner.query(
      'CREATE TABLE "organizing_body" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "city" text NOT NULL DEFAULT \'\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7277bcdb1cf0c9a5c255cfe131a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "organizing_body_name_unique" ON "organizing_body"  ("name") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"role\" AS ENUM('PLATFORM_ADMIN', 'ORGANIZER', 'NONPROFIT_CONTACT', 'VOLUNTEER')",
    );
    await queryRunner.query(
      'CREATE TABLE "role_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "role" "public"."role" NOT NULL, "organizing_body_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "role_assignment_organizer_has_body" CHECK ("role" <> \'ORGANIZER\' OR "organizing_body_id" IS NOT NULL), CONSTRAINT "PK_7e79671a8a5db18936173148cb4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "role_assignment_body" ON "role_assignment"  ("organizing_body_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "role_assignment_global_unique" ON "role_assignment"  ("person_id", "role") WHERE "organizing_body_id" IS NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "role_assignment_in_body_unique" ON "role_assignment"  ("person_id", "role", "organizing_body_id") WHERE "organizing_body_id" IS NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "session" ADD CONSTRAINT "FK_5c6e00902a1344d01a8d90f33cf" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sign_in_token" ADD CONSTRAINT "FK_f4e3916ab77c102b6b76f813ab0" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "role_assignment" ADD CONSTRAINT "FK_3cd38d4874c2cfff2c8eade1338" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "role_assignment" ADD CONSTRAINT "FK_231a880d63aa0c9d64cdf682db7" FOREIGN KEY ("organizing_body_id") REFERENCES "organizing_body"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "role_assignment" DROP CONSTRAINT "FK_231a880d63aa0c9d64cdf682db7"');
    await queryRunner.query('ALTER TABLE "role_assignment" DROP CONSTRAINT "FK_3cd38d4874c2cfff2c8eade1338"');
    await queryRunner.query('ALTER TABLE "sign_in_token" DROP CONSTRAINT "FK_f4e3916ab77c102b6b76f813ab0"');
    await queryRunner.query('ALTER TABLE "session" DROP CONSTRAINT "FK_5c6e00902a1344d01a8d90f33cf"');
    await queryRunner.query('DROP INDEX "public"."role_assignment_in_body_unique"');
    await queryRunner.query('DROP INDEX "public"."role_assignment_global_unique"');
    await queryRunner.query('DROP INDEX "public"."role_assignment_body"');
    await queryRunner.query('DROP TABLE "role_assignment"');
    await queryRunner.query('DROP TYPE "public"."role"');
    await queryRunner.query('DROP INDEX "public"."organizing_body_name_unique"');
    await queryRunner.query('DROP TABLE "organizing_body"');
    await queryRunner.query('DROP INDEX "public"."rate_limit_counter_expires"');
    await queryRunner.query('DROP TABLE "rate_limit_counter"');
    await queryRunner.query('DROP INDEX "public"."sign_in_token_person"');
    await queryRunner.query('DROP INDEX "public"."sign_in_token_hash_unique"');
    await queryRunner.query('DROP TABLE "sign_in_token"');
    await queryRunner.query('DROP TYPE "public"."sign_in_purpose"');
    await queryRunner.query('DROP INDEX "public"."session_person"');
    await queryRunner.query('DROP INDEX "public"."session_token_hash_unique"');
    await queryRunner.query('DROP TABLE "session"');
    await queryRunner.query('DROP INDEX "public"."person_email_unique"');
    await queryRunner.query('DROP TABLE "person"');
  }
}
