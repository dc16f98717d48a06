import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddFeedbackAndImpact1795457904287 implements MigrationInterface {
  name = 'AddFeedbackAndImpact1795457904287';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TYPE "public"."feedback_role" AS ENUM(\'VOLUNTEER\', \'NONPROFIT\')');
    await queryRunner.query("CREATE TYPE \"public\".\"outcome_answer\" AS ENUM('YES', 'PARTLY', 'NO')");
    await queryRunner.query(
      'CREATE TABLE "feedback_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "challenge_id" uuid NOT NULL, "nonprofit_id" uuid NOT NULL, "person_id" uuid NOT NULL, "role" "public"."feedback_role" NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE, "rating" smallint, "solved" "public"."outcome_answer", "hours" numeric(6,1), "next_steps" text NOT NULL DEFAULT \'\', "comment" text NOT NULL DEFAULT \'\', CONSTRAINT "PK_e0298311b1725f2803cf906739c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "feedback_request_event" ON "feedback_request"  ("event_id") ');
    await queryRunner.query('CREATE INDEX "feedback_request_person" ON "feedback_request"  ("person_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "feedback_request_unique" ON "feedback_request"  ("event_id", "person_id", "challenge_id", "role") ',
    );
    await queryRunner.query(
      'CREATE TABLE "still_in_use_check" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "challenge_id" uuid NOT NULL, "nonprofit_id" uuid NOT NULL, "person_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE, "answer" "public"."outcome_answer", "comment" text NOT NULL DEFAULT \'\', CONSTRAINT "PK_b594cac5cc46161369096b0a58b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "still_in_use_check_event" ON "still_in_use_check"  ("event_id") ');
    await queryRunner.query('CREATE INDEX "still_in_use_check_person" ON "still_in_use_check"  ("person_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "still_in_use_check_unique" ON "still_in_use_check"  ("challenge_id", "person_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"follow_up_kind\" AS ENUM('NEXT_EDITION_SESSION', 'MENTORSHIP', 'REFERRAL')",
    );
    await queryRunner.query("CREATE TYPE \"public\".\"follow_up_status\" AS ENUM('OPEN', 'IN_PROGRESS', 'DONE')");
    await queryRunner.query(
      'CREATE TABLE "follow_up_task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organizing_body_id" uuid NOT NULL, "event_id" uuid NOT NULL, "nonprofit_id" uuid NOT NULL, "challenge_id" uuid, "feedback_request_id" uuid, "kind" "public"."follow_up_kind" NOT NULL, "status" "public"."follow_up_status" NOT NULL DEFAULT \'OPEN\', "help_topic" "public"."help_topic", "help_point_id" uuid, "help_point_name" text NOT NULL DEFAULT \'\', "referral_sent_at" TIMESTAMP WITH TIME ZONE, "request_note" text NOT NULL DEFAULT \'\', "requested_by_id" uuid, "owner_id" uuid, "due_date" date NOT NULL, "notes" text NOT NULL DEFAULT \'\', "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e14f926bb57c06a45be03e312c7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "follow_up_task_event" ON "follow_up_task"  ("event_id") ');
    await queryRunner.query(
      'CREATE INDEX "follow_up_task_body_status" ON "follow_up_task"  ("organizing_body_id", "status") ',
    );
    await queryRunner.query(
      'CREATE TABLE "impact_setting" ("organizing_body_id" uuid NOT NULL, "hourly_rate" numeric(8,2) NOT NULL DEFAULT \'0\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_393eb6ed705e99e8f13564c538f" PRIMARY KEY ("organizing_body_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "feedback_request" ADD CONSTRAINT "FK_157b31200d15a939cb9f995bbb1" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "feedback_request" ADD CONSTRAINT "FK_fd3ffbf6417b724d683bdf2a78b" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "feedback_request" ADD CONSTRAINT "FK_b0adbd265f0078e7f0266c89a96" FOREIGN KEY ("nonprofit_id") REFERENCES "nonprofit"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "feedback_request" ADD CONSTRAINT "FK_00034ceef9e872e7a8eedb78fc8" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "still_in_use_check" ADD CONSTRAINT "FK_dfa05834d6e1636a9ab69512f79" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "still_in_use_check" ADD CONSTRAINT "FK_ce9c707aaa37668ea4e86f5bce9" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "still_in_use_check" ADD CONSTRAINT "FK_2615bed8eee8da595f23c010d93" FOREIGN KEY ("nonprofit_id") REFERENCES "nonprofit"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "still_in_use_check" ADD CONSTRAINT "FK_9e2b8081346c02173639c4f783d" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_up_task" ADD CONSTRAINT "FK_55ddcff3ed049cdf8e477fc3d30" FOREIGN KEY ("organizing_body_id") REFERENCES "organizing_body"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_up_task" ADD CONSTRAINT "FK_fd46f8cc6e4f1bf0bb499e21277" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_up_task" ADD CONSTRAINT "FK_cae741ad23aa3b6ca1ce9b0b05b" FOREIGN KEY ("nonprofit_id") REFERENCES "nonprofit"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_up_task" ADD CONSTRAINT "FK_4e738490b4cd288ca7b75a7e649" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_up_task" ADD CONSTRAINT "FK_774f4fd6f5b4debaa95a3b25df5" FOREIGN KEY ("feedback_request_id") REFERENCES "feedback_request"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_up_task" ADD CONSTRAINT "FK_0bfda812d6082a67363bff5ad8b" FOREIGN KEY ("help_point_id") REFERENCES "help_point"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_up_task" ADD CONSTRAINT "FK_5be590d435c108e767806f2c44e" FOREIGN KEY ("requested_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_up_task" ADD CONSTRAINT "FK_ae69e79d839608d46f8012c3e7b" FOREIGN KEY ("owner_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "impact_setting" ADD CONSTRAINT "FK_393eb6ed705e99e8f13564c538f" FOREIGN KEY ("organizing_body_id") REFERENCES "organizing_body"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "impact_setting" DROP CONSTRAINT "FK_393eb6ed705e99e8f13564c538f"');
    await queryRunner.query('ALTER TABLE "follow_up_task" DROP CONSTRAINT "FK_ae69e79d839608d46f8012c3e7b"');
    await queryRunner.query('ALTER TABLE "follow_up_task" DROP CONSTRAINT "FK_5be590d435c108e767806f2c44e"');
    await queryRunner.query('ALTER TABLE "follow_up_task" DROP CONSTRAINT "FK_0bfda812d6082a67363bff5ad8b"');
    await queryRunner.query('ALTER TABLE "follow_up_task" DROP CONSTRAINT "FK_774f4fd6f5b4debaa95a3b25df5"');
    await queryRunner.query('ALTER TABLE "follow_up_task" DROP CONSTRAINT "FK_4e738490b4cd288ca7b75a7e649"');
    await queryRunner.query('ALTER TABLE "follow_up_task" DROP CONSTRAINT "FK_cae741ad23aa3b6ca1ce9b0b05b"');
    await queryRunner.query('ALTER TABLE "follow_up_task" DROP CONSTRAINT "FK_fd46f8cc6e4f1bf0bb499e21277"');
    await queryRunner.query('ALTER TABLE "follow_up_task" DROP CONSTRAINT "FK_55ddcff3ed049cdf8e477fc3d30"');
    await queryRunner.query('ALTER TABLE "still_in_use_check" DROP CONSTRAINT "FK_9e2b8081346c02173639c4f783d"');
    await queryRunner.query('ALTER TABLE "still_in_use_check" DROP CONSTRAINT "FK_2615bed8eee8da595f23c010d93"');
    await queryRunner.query('ALTER TABLE "still_in_use_check" DROP CONSTRAINT "FK_ce9c707aaa37668ea4e86f5bce9"');
    await queryRunner.query('ALTER TABLE "still_in_use_check" DROP CONSTRAINT "FK_dfa05834d6e1636a9ab69512f79"');
    await queryRunner.query('ALTER TABLE "feedback_request" DROP CONSTRAINT "FK_00034ceef9e872e7a8eedb78fc8"');
    await queryRunner.query('ALTER TABLE "feedback_request" DROP CONSTRAINT "FK_b0adbd265f0078e7f0266c89a96"');
    await queryRunner.query('ALTER TABLE "feedback_request" DROP CONSTRAINT "FK_fd3ffbf6417b724d683bdf2a78b"');
    await queryRunner.query('ALTER TABLE "feedback_request" DROP CONSTRAINT "FK_157b31200d15a939cb9f995bbb1"');
    await queryRunner.query('DROP TABLE "impact_setting"');
    await queryRunner.query('DROP INDEX "public"."follow_up_task_body_status"');
    await queryRunner.query('DROP INDEX "public"."follow_up_task_event"');
    await queryRunner.query('DROP TABLE "follow_up_task"');
    await queryRunner.query('DROP INDEX "public"."still_in_use_check_unique"');
    await queryRunner.query('DROP INDEX "public"."still_in_use_check_person"');
    await queryRunner.query('DROP INDEX "public"."still_in_use_check_event"');
    await queryRunner.query('DROP TABLE "still_in_use_check"');
    await queryRunner.query('DROP INDEX "public"."feedback_request_unique"');
    await queryRunner.query('DROP INDEX "public"."feedback_request_person"');
    await queryRunner.query('DROP INDEX "public"."feedback_request_event"');
    await queryRunner.query('DROP TABLE "feedback_request"');
    await queryRunner.query('DROP TYPE "public"."follow_up_status"');
    await queryRunner.query('DROP TYPE "public"."follow_up_kind"');
    await queryRunner.query('DROP TYPE "public"."outcome_answer"');
    await queryRunner.query('DROP TYPE "public"."feedback_role"');
  }
}
