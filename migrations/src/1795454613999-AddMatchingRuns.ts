import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddMatchingRuns1795454613999 implements MigrationInterface {
  name = 'AddMatchingRuns1795454613999';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organizing_body_id" uuid NOT NULL, "event_id" uuid, "actor_id" uuid, "actor_name" text NOT NULL DEFAULT \'\', "action" text NOT NULL, "subject_type" text NOT NULL, "subject_id" text NOT NULL, "details" jsonb NOT NULL DEFAULT \'{}\', "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "audit_log_actor_at" ON "audit_log"  ("actor_id", "at") ');
    await queryRunner.query('CREATE INDEX "audit_log_event_at" ON "audit_log"  ("event_id", "at") ');
    await queryRunner.query('CREATE INDEX "audit_log_body_at" ON "audit_log"  ("organizing_body_id", "at") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"matching_run_status\" AS ENUM('QUEUED', 'RUNNING', 'DONE', 'FAILED')",
    );
    await queryRunner.query(
      'CREATE TABLE "matching_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "number" integer NOT NULL, "status" "public"."matching_run_status" NOT NULL DEFAULT \'QUEUED\', "weights" jsonb NOT NULL, "instance" jsonb NOT NULL, "result" jsonb, "unserved" jsonb NOT NULL DEFAULT \'[]\', "challenge_count" integer NOT NULL DEFAULT \'0\', "volunteer_count" integer NOT NULL DEFAULT \'0\', "pin_count" integer NOT NULL DEFAULT \'0\', "exclusion_count" integer NOT NULL DEFAULT \'0\', "served" integer, "served_priority" double precision, "total_score" double precision, "engine_score" double precision, "upper_bound" double precision, "optimal" boolean, "gap_percent" double precision, "solve_millis" integer, "manual_changes" integer NOT NULL DEFAULT \'0\', "attempts" integer NOT NULL DEFAULT \'0\', "started_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "error" jsonb, CONSTRAINT "matching_run_number_positive" CHECK ("number" > 0), CONSTRAINT "PK_68ac5fd0a1c9dd6f733c94bd4c4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "matching_run_open" ON "matching_run"  ("created_at") WHERE "status" IN (\'QUEUED\', \'RUNNING\')',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "matching_run_event_number_unique" ON "matching_run"  ("event_id", "number") ',
    );
    await queryRunner.query('CREATE TYPE "public"."matching_assignment_origin" AS ENUM(\'ENGINE\', \'MANUAL\')');
    await queryRunner.query(
      'CREATE TABLE "matching_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "run_id" uuid NOT NULL, "challenge_id" uuid NOT NULL, "volunteer_id" uuid NOT NULL, "slot_id" uuid NOT NULL, "score" double precision NOT NULL, "origin" "public"."matching_assignment_origin" NOT NULL DEFAULT \'ENGINE\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_baea3c3b3e2c0893d2833a2d573" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "matching_assignment_challenge" ON "matching_assignment"  ("challenge_id") ');
    await queryRunner.query('CREATE INDEX "matching_assignment_volunteer" ON "matching_assignment"  ("volunteer_id") ');
    await queryRunner.query('CREATE INDEX "matching_assignment_slot" ON "matching_assignment"  ("slot_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "matching_assignment_volunteer_slot_unique" ON "matching_assignment"  ("run_id", "volunteer_id", "slot_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "matching_assignment_pair_unique" ON "matching_assignment"  ("run_id", "challenge_id", "volunteer_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "matching_exclusion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "challenge_id" uuid NOT NULL, "volunteer_id" uuid NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d66b64ce086da81d30bc5f9fc83" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "matching_exclusion_event" ON "matching_exclusion"  ("event_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "matching_exclusion_pair_unique" ON "matching_exclusion"  ("challenge_id", "volunteer_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "matching_pin" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "challenge_id" uuid NOT NULL, "volunteer_id" uuid NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c1056fc0df3cd66848ba97ceea2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "matching_pin_event" ON "matching_pin"  ("event_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "matching_pin_pair_unique" ON "matching_pin"  ("challenge_id", "volunteer_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "audit_log" ADD CONSTRAINT "FK_2b9ee367f46e970cb6f18086f4c" FOREIGN KEY ("organizing_body_id") REFERENCES "organizing_body"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "audit_log" ADD CONSTRAINT "FK_c37ba8970192420a944eaef393d" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "audit_log" ADD CONSTRAINT "FK_15a6f5aad57db494c17986ed2e2" FOREIGN KEY ("actor_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "matching_run" ADD CONSTRAINT "FK_ec64301976c60e9ff45a2ee81fe" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "matching_run" ADD CONSTRAINT "FK_e5f853855b7c71b3ca23c1cb5e5" FOREIGN KEY ("started_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "matching_assignment" ADD CONSTRAINT "FK_191955785d5f3f729d7430e0f9c" FOREIGN KEY ("run_id") REFERENCES "matching_run"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "matching_assignment" ADD CONSTRAINT "FK_02c28d946a7f52cc398c49293a7" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "matching_assignment" ADD CONSTRAINT "FK_b57681687333d34ec8d920e6a58" FOREIGN KEY ("volunteer_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "matching_assignment" ADD CONSTRAINT "FK_28d5ad93f186cbd8b2f347f915b" FOREIGN KEY ("slot_id") REFERENCES "slot"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "matching_exclusion" ADD CONSTRAINT "FK_373dc3ac0c0473728019fe90be8" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "matching_exclusion" ADD CONSTRAINT "FK_197c8cb7fd8391f7d9a0e9a7f0a" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "matching_exclusion" ADD CONSTRAINT "FK_361291e51f136e142d73a406ee6" FOREIGN KEY ("volunteer_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "matching_exclusion" ADD CONSTRAINT "FK_a70dd23e2be9cb1409a9f4a6df9" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "matching_pin" ADD CONSTRAINT "FK_0294ee007021a7d6334a979a0ac" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "matching_pin" ADD CONSTRAINT "FK_9690f3a03162314026a05e7c942" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "matching_pin" ADD CONSTRAINT "FK_a0c4f10c09a712a1e8847dafa35" FOREIGN KEY ("volunteer_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "matching_pin" ADD CONSTRAINT "FK_6858af6369657e9019b69c0b4eb" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "matching_pin" DROP CONSTRAINT "FK_6858af6369657e9019b69c0b4eb"');
    await queryRunner.query('ALTER TABLE "matching_pin" DROP CONSTRAINT "FK_a0c4f10c09a712a1e8847dafa35"');
    await queryRunner.query('ALTER TABLE "matching_pin" DROP CONSTRAINT "FK_9690f3a03162314026a05e7c942"');
    await queryRunner.query('ALTER TABLE "matching_pin" DROP CONSTRAINT "FK_0294ee007021a7d6334a979a0ac"');
    await queryRunner.query('ALTER TABLE "matching_exclusion" DROP CONSTRAINT "FK_a70dd23e2be9cb1409a9f4a6df9"');
    await queryRunner.query('ALTER TABLE "matching_exclusion" DROP CONSTRAINT "FK_361291e51f136e142d73a406ee6"');
    await queryRunner.query('ALTER TABLE "matching_exclusion" DROP CONSTRAINT "FK_197c8cb7fd8391f7d9a0e9a7f0a"');
    await queryRunner.query('ALTER TABLE "matching_exclusion" DROP CONSTRAINT "FK_373dc3ac0c0473728019fe90be8"');
    await queryRunner.query('ALTER TABLE "matching_assignment" DROP CONSTRAINT "FK_28d5ad93f186cbd8b2f347f915b"');
    await queryRunner.query('ALTER TABLE "matching_assignment" DROP CONSTRAINT "FK_b57681687333d34ec8d920e6a58"');
    await queryRunner.query('ALTER TABLE "matching_assignment" DROP CONSTRAINT "FK_02c28d946a7f52cc398c49293a7"');
    await queryRunner.query('ALTER TABLE "matching_assignment" DROP CONSTRAINT "FK_191955785d5f3f729d7430e0f9c"');
    await queryRunner.query('ALTER TABLE "matching_run" DROP CONSTRAINT "FK_e5f853855b7c71b3ca23c1cb5e5"');
    await queryRunner.query('ALTER TABLE "matching_run" DROP CONSTRAINT "FK_ec64301976c60e9ff45a2ee81fe"');
    await queryRunner.query('ALTER TABLE "audit_log" DROP CONSTRAINT "FK_15a6f5aad57db494c17986ed2e2"');
    await queryRunner.query('ALTER TABLE "audit_log" DROP CONSTRAINT "FK_c37ba8970192420a944eaef393d"');
    await queryRunner.query('ALTER TABLE "audit_log" DROP CONSTRAINT "FK_2b9ee367f46e970cb6f18086f4c"');
    await queryRunner.query('DROP INDEX "public"."matching_pin_pair_unique"');
    await queryRunner.query('DROP INDEX "public"."matching_pin_event"');
    await queryRunner.query('DROP TABLE "matching_pin"');
    await queryRunner.query('DROP INDEX "public"."matching_exclusion_pair_unique"');
    await queryRunner.query('DROP INDEX "public"."matching_exclusion_event"');
    await queryRunner.query('DROP TABLE "matching_exclusion"');
    await queryRunner.query('DROP INDEX "public"."matching_assignment_pair_unique"');
    await queryRunner.query('DROP INDEX "public"."matching_assignment_volunteer_slot_unique"');
    await queryRunner.query('DROP INDEX "public"."matching_assignment_slot"');
    await queryRunner.query('DROP INDEX "public"."matching_assignment_volunteer"');
    await queryRunner.query('DROP INDEX "public"."matching_assignment_challenge"');
    await queryRunner.query('DROP TABLE "matching_assignment"');
    await queryRunner.query('DROP INDEX "public"."matching_run_event_number_unique"');
    await queryRunner.query('DROP INDEX "public"."matching_run_open"');
    await queryRunner.query('DROP TABLE "matching_run"');
    await queryRunner.query('DROP INDEX "public"."audit_log_body_at"');
    await queryRunner.query('DROP INDEX "public"."audit_log_event_at"');
    await queryRunner.query('DROP INDEX "public"."audit_log_actor_at"');
    await queryRunner.query('DROP TABLE "audit_log"');
    await queryRunner.query('DROP TYPE "public"."matching_assignment_origin"');
    await queryRunner.query('DROP TYPE "public"."matching_run_status"');
  }
}
