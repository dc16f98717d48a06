import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddRegistration1795453240388 implements MigrationInterface {
  name = 'AddRegistration1795453240388';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"legal_form\" AS ENUM('EV', 'GGMBH', 'FOUNDATION', 'COOPERATIVE', 'INITIATIVE', 'PUBLIC', 'OTHER')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"cause_area\" AS ENUM('SOCIAL', 'EDUCATION', 'CHILDREN_YOUTH', 'SENIORS', 'DISABILITY', 'MIGRATION', 'HEALTH', 'ENVIRONMENT', 'CULTURE', 'SPORTS', 'NEIGHBOURHOOD', 'POVERTY', 'HUMAN_RIGHTS', 'ANIMALS')",
    );
    await queryRunner.query(
      'CREATE TABLE "nonprofit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organizing_body_id" uuid NOT NULL, "name" text NOT NULL, "name_key" text NOT NULL, "legal_form" "public"."legal_form" NOT NULL, "causes" "public"."cause_area" array NOT NULL DEFAULT \'{}\', "street" text NOT NULL DEFAULT \'\', "postal_code" text NOT NULL DEFAULT \'\', "city" text NOT NULL DEFAULT \'\', "district" text NOT NULL DEFAULT \'\', "website" text, "description" text NOT NULL DEFAULT \'\', "latitude" double precision, "longitude" double precision, "publish_on_map" boolean NOT NULL DEFAULT false, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fa465188ff43500aff70a2fb2be" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "nonprofit_organizing_body" ON "nonprofit"  ("organizing_body_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "nonprofit_name_in_body_unique" ON "nonprofit"  ("organizing_body_id", "name_key") ',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"work_format\" AS ENUM('ONSITE', 'REMOTE', 'HYBRID')");
    await queryRunner.query(
      "CREATE TYPE \"public\".\"challenge_status\" AS ENUM('DRAFT', 'SUBMITTED', 'NEEDS_INFO', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')",
    );
    await queryRunner.query(
      'CREATE TABLE "challenge" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "nonprofit_id" uuid NOT NULL, "title" text NOT NULL, "problem" text NOT NULL DEFAULT \'\', "goal" text NOT NULL DEFAULT \'\', "beneficiaries" text NOT NULL DEFAULT \'\', "tools" text NOT NULL DEFAULT \'\', "skills" jsonb NOT NULL DEFAULT \'[]\', "team_min" integer NOT NULL DEFAULT \'1\', "team_max" integer NOT NULL DEFAULT \'3\', "languages" text array NOT NULL DEFAULT \'{}\', "format" "public"."work_format" NOT NULL DEFAULT \'ONSITE\', "decision_maker_present" boolean NOT NULL DEFAULT false, "access_ready" boolean NOT NULL DEFAULT false, "fits_one_evening" boolean NOT NULL DEFAULT false, "status" "public"."challenge_status" NOT NULL DEFAULT \'DRAFT\', "priority" integer NOT NULL DEFAULT \'1\', "submitted_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "challenge_priority_positive" CHECK ("priority" > 0), CONSTRAINT "challenge_team_size" CHECK ("team_min" >= 1 AND "team_min" <= "team_max"), CONSTRAINT "PK_5f31455ad09ea6a836a06871b7a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "challenge_nonprofit" ON "challenge"  ("nonprofit_id") ');
    await queryRunner.query('CREATE INDEX "challenge_event_status" ON "challenge"  ("event_id", "status") ');
    await queryRunner.query(
      'CREATE TABLE "challenge_slot" ("challenge_id" uuid NOT NULL, "slot_id" uuid NOT NULL, CONSTRAINT "PK_a01500cc2e534d33ef1fe960caa" PRIMARY KEY ("challenge_id", "slot_id"))',
    );
    await queryRunner.query('CREATE INDEX "challenge_slot_slot" ON "challenge_slot"  ("slot_id") ');
    await queryRunner.query(
      'CREATE TABLE "challenge_status_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "challenge_id" uuid NOT NULL, "from_status" "public"."challenge_status", "to_status" "public"."challenge_status" NOT NULL, "actor_id" uuid, "message" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2005cc39dededc6856a138cae89" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "challenge_status_change_challenge" ON "challenge_status_change"  ("challenge_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "nonprofit_contact" ("nonprofit_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7cf1513bf825727bbd912f0804b" PRIMARY KEY ("nonprofit_id", "person_id"))',
    );
    await queryRunner.query('CREATE INDEX "nonprofit_contact_person" ON "nonprofit_contact"  ("person_id") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"consent_purpose\" AS ENUM('VOLUNTEER_PROFILE', 'NONPROFIT_PROFILE', 'MAP_PUBLICATION')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"consent_method\" AS ENUM('ONLINE', 'PHONE', 'PAPER', 'IN_PERSON')",
    );
    await queryRunner.query(
      'CREATE TABLE "consent_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "purpose" "public"."consent_purpose" NOT NULL, "text_version" text NOT NULL, "method" "public"."consent_method" NOT NULL, "recorded_by_id" uuid, "given_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "withdrawn_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b357c35aea3aa0be4647282324f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "consent_record_person" ON "consent_record"  ("person_id", "given_at") ');
    await queryRunner.query(
      'CREATE TABLE "volunteer_profile" ("person_id" uuid NOT NULL, "employer" text, "skills" jsonb NOT NULL DEFAULT \'[]\', "languages" text array NOT NULL DEFAULT \'{}\', "formats" "public"."work_format" array NOT NULL DEFAULT \'{}\', "causes" "public"."cause_area" array NOT NULL DEFAULT \'{}\', "invite_to_next_editions" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5c2c6516d0939e9762ef3d10b73" PRIMARY KEY ("person_id"))',
    );
    await queryRunner.query(
      'CREATE TYPE "public"."volunteer_registration_status" AS ENUM(\'REGISTERED\', \'WITHDRAWN\')',
    );
    await queryRunner.query(
      'CREATE TABLE "volunteer_registration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "person_id" uuid NOT NULL, "max_assignments" integer NOT NULL DEFAULT \'1\', "status" "public"."volunteer_registration_status" NOT NULL DEFAULT \'REGISTERED\', "registered_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "volunteer_registration_max_assignments" CHECK ("max_assignments" >= 1), CONSTRAINT "PK_90cd6458adc53a5286e6146bc30" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "volunteer_registration_person" ON "volunteer_registration"  ("person_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "volunteer_registration_event_person_unique" ON "volunteer_registration"  ("event_id", "person_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "volunteer_registration_slot" ("registration_id" uuid NOT NULL, "slot_id" uuid NOT NULL, CONSTRAINT "PK_f0bfa67ff418fb2d9a82998fe1a" PRIMARY KEY ("registration_id", "slot_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "volunteer_registration_slot_slot" ON "volunteer_registration_slot"  ("slot_id") ',
    );
    await queryRunner.query('ALTER TABLE "person" ADD "phone" text');
    await queryRunner.query('ALTER TABLE "sign_in_token" ADD "redirect_path" text');
    await queryRunner.query('ALTER TABLE "person" ALTER COLUMN "email" DROP NOT NULL');
    await queryRunner.query(
      'ALTER TABLE "nonprofit" ADD CONSTRAINT "FK_5b9738f4e903da32b6b6a8b4b6c" FOREIGN KEY ("organizing_body_id") REFERENCES "organizing_body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "nonprofit" ADD CONSTRAINT "FK_c5c49049b3b13be6ed5a27509a7" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "challenge" ADD CONSTRAINT "FK_841775313e97e1eb72c884dd5c5" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "challenge" ADD CONSTRAINT "FK_20e9bb08f90c6dce30953ec79a1" FOREIGN KEY ("nonprofit_id") REFERENCES "nonprofit"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "challenge" ADD CONSTRAINT "FK_9d520abb1f0fd360ac8e4b9c6f7" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "challenge_slot" ADD CONSTRAINT "FK_01a582a8201c471058cd15992be" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "challenge_slot" ADD CONSTRAINT "FK_83b9b112456be8d77a3bf691c68" FOREIGN KEY ("slot_id") REFERENCES "slot"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "challenge_status_change" ADD CONSTRAINT "FK_e13f0ee59864a55f35d4109fbcf" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "challenge_status_change" ADD CONSTRAINT "FK_47e565ac249451a1d2526f4c3dd" FOREIGN KEY ("actor_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "nonprofit_contact" ADD CONSTRAINT "FK_61e68a434b0ca9a0f66f9d0c2f8" FOREIGN KEY ("nonprofit_id") REFERENCES "nonprofit"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "nonprofit_contact" ADD CONSTRAINT "FK_f46ac08cac9c6243c9cae11fa95" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "consent_record" ADD CONSTRAINT "FK_c3e5ec9b9471bf89027a9e27ee0" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "consent_record" ADD CONSTRAINT "FK_69053868ba6ce8ae1258db8cbc7" FOREIGN KEY ("recorded_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer_profile" ADD CONSTRAINT "FK_5c2c6516d0939e9762ef3d10b73" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer_registration" ADD CONSTRAINT "FK_21534bee5f15ea30f8122fa58d5" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer_registration" ADD CONSTRAINT "FK_a5b788f3880296c0dd9867adc95" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer_registration" ADD CONSTRAINT "FK_412fb88a0e5f9a46bc376a361a2" FOREIGN KEY ("registered_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer_registration_slot" ADD CONSTRAINT "FK_4eaab1c332010fbab12bdf1d9fc" FOREIGN KEY ("registration_id") REFERENCES "volunteer_registration"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer_registration_slot" ADD CONSTRAINT "FK_6eaecee0c4ca4e4aae6b8b36d0f" FOREIGN KEY ("slot_id") REFERENCES "slot"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "volunteer_registration_slot" DROP CONSTRAINT "FK_6eaecee0c4ca4e4aae6b8b36d0f"',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer_registration_slot" DROP CONSTRAINT "FK_4eaab1c332010fbab12bdf1d9fc"',
    );
    await queryRunner.query('ALTER TABLE "volunteer_registration" DROP CONSTRAINT "FK_412fb88a0e5f9a46bc376a361a2"');
    await queryRunner.query('ALTER TABLE "volunteer_registration" DROP CONSTRAINT "FK_a5b788f3880296c0dd9867adc95"');
    await queryRunner.query('ALTER TABLE "volunteer_registration" DROP CONSTRAINT "FK_21534bee5f15ea30f8122fa58d5"');
    await queryRunner.query('ALTER TABLE "volunteer_profile" DROP CONSTRAINT "FK_5c2c6516d0939e9762ef3d10b73"');
    await queryRunner.query('ALTER TABLE "consent_record" DROP CONSTRAINT "FK_69053868ba6ce8ae1258db8cbc7"');
    await queryRunner.query('ALTER TABLE "consent_record" DROP CONSTRAINT "FK_c3e5ec9b9471bf89027a9e27ee0"');
    await queryRunner.query('ALTER TABLE "nonprofit_contact" DROP CONSTRAINT "FK_f46ac08cac9c6243c9cae11fa95"');
    await queryRunner.query('ALTER TABLE "nonprofit_contact" DROP CONSTRAINT "FK_61e68a434b0ca9a0f66f9d0c2f8"');
    await queryRunner.query('ALTER TABLE "challenge_status_change" DROP CONSTRAINT "FK_47e565ac249451a1d2526f4c3dd"');
    await queryRunner.query('ALTER TABLE "challenge_status_change" DROP CONSTRAINT "FK_e13f0ee59864a55f35d4109fbcf"');
    await queryRunner.query('ALTER TABLE "challenge_slot" DROP CONSTRAINT "FK_83b9b112456be8d77a3bf691c68"');
    await queryRunner.query('ALTER TABLE "challenge_slot" DROP CONSTRAINT "FK_01a582a8201c471058cd15992be"');
    await queryRunner.query('ALTER TABLE "challenge" DROP CONSTRAINT "FK_9d520abb1f0fd360ac8e4b9c6f7"');
    await queryRunner.query('ALTER TABLE "challenge" DROP CONSTRAINT "FK_20e9bb08f90c6dce30953ec79a1"');
    await queryRunner.query('ALTER TABLE "challenge" DROP CONSTRAINT "FK_841775313e97e1eb72c884dd5c5"');
    await queryRunner.query('ALTER TABLE "nonprofit" DROP CONSTRAINT "FK_c5c49049b3b13be6ed5a27509a7"');
    await queryRunner.query('ALTER TABLE "nonprofit" DROP CONSTRAINT "FK_5b9738f4e903da32b6b6a8b4b6c"');
    await queryRunner.query('ALTER TABLE "person" ALTER COLUMN "email" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "sign_in_token" DROP COLUMN "redirect_path"');
    await queryRunner.query('ALTER TABLE "person" DROP COLUMN "phone"');
    await queryRunner.query('DROP INDEX "public"."volunteer_registration_slot_slot"');
    await queryRunner.query('DROP TABLE "volunteer_registration_slot"');
    await queryRunner.query('DROP INDEX "public"."volunteer_registration_event_person_unique"');
    await queryRunner.query('DROP INDEX "public"."volunteer_registration_person"');
    await queryRunner.query('DROP TABLE "volunteer_registration"');
    await queryRunner.query('DROP TABLE "volunteer_profile"');
    await queryRunner.query('DROP INDEX "public"."consent_record_person"');
    await queryRunner.query('DROP TABLE "consent_record"');
    await queryRunner.query('DROP INDEX "public"."nonprofit_contact_person"');
    await queryRunner.query('DROP TABLE "nonprofit_contact"');
    await queryRunner.query('DROP INDEX "public"."challenge_status_change_challenge"');
    await queryRunner.query('DROP TABLE "challenge_status_change"');
    await queryRunner.query('DROP INDEX "public"."challenge_slot_slot"');
    await queryRunner.query('DROP TABLE "challenge_slot"');
    await queryRunner.query('DROP INDEX "public"."challenge_event_status"');
    await queryRunner.query('DROP INDEX "public"."challenge_nonprofit"');
    await queryRunner.query('DROP TABLE "challenge"');
    await queryRunner.query('DROP INDEX "public"."nonprofit_name_in_body_unique"');
    await queryRunner.query('DROP INDEX "public"."nonprofit_organizing_body"');
    await queryRunner.query('DROP TABLE "nonprofit"');
    await queryRunner.query('DROP TYPE "public"."volunteer_registration_status"');
    await queryRunner.query('DROP TYPE "public"."cause_area"');
    await queryRunner.query('DROP TYPE "public"."work_format"');
    await queryRunner.query('DROP TYPE "public"."consent_method"');
    await queryRunner.query('DROP TYPE "public"."consent_purpose"');
    await queryRunner.query('DROP TYPE "public"."challenge_status"');
    await queryRunner.query('DROP TYPE "public"."legal_form"');
  }
}
