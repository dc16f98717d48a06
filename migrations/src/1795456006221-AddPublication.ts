import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddPublication1795456006221 implements MigrationInterface {
  name = 'AddPublication1795456006221';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "publication" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "run_id" uuid NOT NULL, "published_by_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answer_deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "auto_backfill" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_8aea8363d5213896a78d8365fab" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "publication_event_unique" ON "publication"  ("event_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "publication_run_unique" ON "publication"  ("run_id") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"proposal_status\" AS ENUM('PROPOSED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'CANCELLED')",
    );
    await queryRunner.query('CREATE TYPE "public"."proposal_party" AS ENUM(\'VOLUNTEER\', \'NONPROFIT\')');
    await queryRunner.query(
      'CREATE TABLE "proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "publication_id" uuid NOT NULL, "event_id" uuid NOT NULL, "challenge_id" uuid NOT NULL, "volunteer_id" uuid NOT NULL, "slot_id" uuid NOT NULL, "assignment_id" uuid, "replaces_id" uuid, "status" "public"."proposal_status" NOT NULL DEFAULT \'PROPOSED\', "score" double precision NOT NULL DEFAULT \'0\', "answer_deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE, "reminded_at" TIMESTAMP WITH TIME ZONE, "cancelled_by" "public"."proposal_party", "cancel_reason" text, "nonprofit_confirmed_at" TIMESTAMP WITH TIME ZONE, "nonprofit_confirmed_by_id" uuid, "revealed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ca872ecfe4fef5720d2d39e4275" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "proposal_publication" ON "proposal"  ("publication_id") ');
    await queryRunner.query('CREATE INDEX "proposal_challenge" ON "proposal"  ("challenge_id") ');
    await queryRunner.query('CREATE INDEX "proposal_volunteer" ON "proposal"  ("volunteer_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "proposal_assignment_unique" ON "proposal"  ("assignment_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "proposal_replaces_unique" ON "proposal"  ("replaces_id") ');
    await queryRunner.query(
      'CREATE INDEX "proposal_due" ON "proposal"  ("answer_deadline") WHERE "status" = \'PROPOSED\'',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "proposal_active_volunteer_slot_unique" ON "proposal"  ("event_id", "volunteer_id", "slot_id") WHERE "status" IN (\'PROPOSED\', \'ACCEPTED\')',
    );
    await queryRunner.query(
      'ALTER TABLE "publication" ADD CONSTRAINT "FK_e751622dc9279c43bd349144e68" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "publication" ADD CONSTRAINT "FK_6f0e9e806f59ee774b686992b85" FOREIGN KEY ("run_id") REFERENCES "matching_run"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "publication" ADD CONSTRAINT "FK_b0cba0ef67b57b1db9fb0482215" FOREIGN KEY ("published_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal" ADD CONSTRAINT "FK_7118c50e95c1e11bce8603fb9d2" FOREIGN KEY ("publication_id") REFERENCES "publication"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal" ADD CONSTRAINT "FK_94a50cee1e3295658e4a2b85092" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal" ADD CONSTRAINT "FK_1999269f2ec2963842be577e4e4" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal" ADD CONSTRAINT "FK_3fe6ba6fffcbd4d8626e8836c3d" FOREIGN KEY ("volunteer_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal" ADD CONSTRAINT "FK_221d77ebb226b70733037903e23" FOREIGN KEY ("slot_id") REFERENCES "slot"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal" ADD CONSTRAINT "FK_03d53ee8a54edd6766660ee42b9" FOREIGN KEY ("assignment_id") REFERENCES "matching_assignment"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal" ADD CONSTRAINT "FK_93f6e4e9b53009f56a85ea6f141" FOREIGN KEY ("replaces_id") REFERENCES "proposal"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal" ADD CONSTRAINT "FK_0f974ef5b613838f561048c10b7" FOREIGN KEY ("nonprofit_confirmed_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "proposal" DROP CONSTRAINT "FK_0f974ef5b613838f561048c10b7"');
    await queryRunner.query('ALTER TABLE "proposal" DROP CONSTRAINT "FK_93f6e4e9b53009f56a85ea6f141"');
    await queryRunner.query('ALTER TABLE "proposal" DROP CONSTRAINT "FK_03d53ee8a54edd6766660ee42b9"');
    await queryRunner.query('ALTER TABLE "proposal" DROP CONSTRAINT "FK_221d77ebb226b70733037903e23"');
    await queryRunner.query('ALTER TABLE "proposal" DROP CONSTRAINT "FK_3fe6ba6fffcbd4d8626e8836c3d"');
    await queryRunner.query('ALTER TABLE "proposal" DROP CONSTRAINT "FK_1999269f2ec2963842be577e4e4"');
    await queryRunner.query('ALTER TABLE "proposal" DROP CONSTRAINT "FK_94a50cee1e3295658e4a2b85092"');
    await queryRunner.query('ALTER TABLE "proposal" DROP CONSTRAINT "FK_7118c50e95c1e11bce8603fb9d2"');
    await queryRunner.query('ALTER TABLE "publication" DROP CONSTRAINT "FK_b0cba0ef67b57b1db9fb0482215"');
    await queryRunner.query('ALTER TABLE "publication" DROP CONSTRAINT "FK_6f0e9e806f59ee774b686992b85"');
    await queryRunner.query('ALTER TABLE "publication" DROP CONSTRAINT "FK_e751622dc9279c43bd349144e68"');
    await queryRunner.query('DROP INDEX "public"."proposal_active_volunteer_slot_unique"');
    await queryRunner.query('DROP INDEX "public"."proposal_due"');
    await queryRunner.query('DROP INDEX "public"."proposal_replaces_unique"');
    await queryRunner.query('DROP INDEX "public"."proposal_assignment_unique"');
    await queryRunner.query('DROP INDEX "public"."proposal_volunteer"');
    await queryRunner.query('DROP INDEX "public"."proposal_challenge"');
    await queryRunner.query('DROP INDEX "public"."proposal_publication"');
    await queryRunner.query('DROP TABLE "proposal"');
    await queryRunner.query('DROP INDEX "public"."publication_run_unique"');
    await queryRunner.query('DROP INDEX "public"."publication_event_unique"');
    await queryRunner.query('DROP TABLE "publication"');
    await queryRunner.query('DROP TYPE "public"."proposal_party"');
    await queryRunner.query('DROP TYPE "public"."proposal_status"');
  }
}
