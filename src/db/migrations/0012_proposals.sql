CREATE TABLE "proposal_candidate_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"candidate_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_id" uuid NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"attached_by_id" uuid,
	"attached_by_name" text DEFAULT '' NOT NULL,
	"attached_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposal_candidate_attachments_kind_ck" CHECK ("proposal_candidate_attachments"."kind" IN ('to_trinh', 'bao_cao_thanh_tich', 'bien_ban_hop', 'qd_sang_kien', 'bien_ban_nghiem_thu', 'other'))
);
--> statement-breakpoint
CREATE TABLE "proposal_candidate_opinions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"candidate_id" uuid NOT NULL,
	"from_unit_id" uuid,
	"from_office" text NOT NULL,
	"text" text NOT NULL,
	"recorded_by_id" uuid,
	"recorded_by_name" text DEFAULT '' NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposal_candidate_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"candidate_id" uuid NOT NULL,
	"target" text NOT NULL,
	"item" text NOT NULL,
	"message" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"requested_by_id" uuid,
	"requested_by_name" text DEFAULT '' NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"fix_note" text,
	"fixed_by_id" uuid,
	"fixed_at" timestamp with time zone,
	"closed_by_id" uuid,
	"closed_at" timestamp with time zone,
	CONSTRAINT "proposal_candidate_requests_target_ck" CHECK ("proposal_candidate_requests"."target" IN ('field', 'attachment')),
	CONSTRAINT "proposal_candidate_requests_status_ck" CHECK ("proposal_candidate_requests"."status" IN ('open', 'fixed', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "proposal_candidate_verdicts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"candidate_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"status" text NOT NULL,
	"verdict" jsonb NOT NULL,
	"basis_used" jsonb,
	"as_of" date NOT NULL,
	"ran_by_id" uuid,
	"ran_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposal_candidate_verdicts_stage_ck" CHECK ("proposal_candidate_verdicts"."stage" IN ('added', 'submitted', 'review', 'agenda'))
);
--> statement-breakpoint
CREATE TABLE "proposal_candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"person_id" uuid,
	"subject_unit_id" uuid,
	"award_code" text NOT NULL,
	"basis_type" text DEFAULT 'CONG_TRANG' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"verdict_status" text,
	"override" boolean DEFAULT false NOT NULL,
	"override_reason" text,
	"override_by_id" uuid,
	"override_by_name" text,
	"override_at" timestamp with time zone,
	"summary" text,
	"note" text DEFAULT '' NOT NULL,
	"decision_reason" text,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposal_candidates_one_subject_ck" CHECK (("proposal_candidates"."person_id" IS NULL) <> ("proposal_candidates"."subject_unit_id" IS NULL)),
	CONSTRAINT "proposal_candidates_status_ck" CHECK ("proposal_candidates"."status" IN ('pending', 'accepted', 'returned', 'rejected')),
	CONSTRAINT "proposal_candidates_override_ck" CHECK (NOT "proposal_candidates"."override" OR ("proposal_candidates"."override_reason" IS NOT NULL AND length("proposal_candidates"."override_reason") > 0))
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"document_no" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by_id" uuid,
	"created_by_name" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by_id" uuid,
	"submissions" integer DEFAULT 0 NOT NULL,
	"opened_at" timestamp with time zone,
	"opened_by_id" uuid,
	"returned_at" timestamp with time zone,
	"return_reason" text,
	"completed_at" timestamp with time zone,
	"quota_check" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposals_status_ck" CHECK ("proposals"."status" IN ('draft', 'submitted', 'in_review', 'returned', 'completed'))
);
--> statement-breakpoint
CREATE TABLE "review_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"year" integer,
	"period_from" date,
	"period_to" date,
	"award_codes" jsonb NOT NULL,
	"opens_on" date NOT NULL,
	"unit_deadline" date NOT NULL,
	"reminder_working_days" integer DEFAULT 3 NOT NULL,
	"reminded_on" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_rounds_kind_ck" CHECK ("review_rounds"."kind" IN ('annual', 'thematic', 'ad_hoc', 'movement_summary')),
	CONSTRAINT "review_rounds_status_ck" CHECK ("review_rounds"."status" IN ('draft', 'open', 'closed', 'council', 'decided')),
	CONSTRAINT "review_rounds_when_ck" CHECK ("review_rounds"."year" IS NOT NULL OR ("review_rounds"."period_from" IS NOT NULL AND "review_rounds"."period_to" IS NOT NULL)),
	CONSTRAINT "review_rounds_deadline_ck" CHECK ("review_rounds"."unit_deadline" >= "review_rounds"."opens_on"),
	CONSTRAINT "review_rounds_reminder_ck" CHECK ("review_rounds"."reminder_working_days" BETWEEN 0 AND 60)
);
--> statement-breakpoint
ALTER TABLE "proposal_candidate_attachments" ADD CONSTRAINT "proposal_candidate_attachments_candidate_id_proposal_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."proposal_candidates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_candidate_attachments" ADD CONSTRAINT "proposal_candidate_attachments_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_candidate_attachments" ADD CONSTRAINT "proposal_candidate_attachments_attached_by_id_users_id_fk" FOREIGN KEY ("attached_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_candidate_opinions" ADD CONSTRAINT "proposal_candidate_opinions_candidate_id_proposal_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."proposal_candidates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_candidate_opinions" ADD CONSTRAINT "proposal_candidate_opinions_from_unit_id_units_id_fk" FOREIGN KEY ("from_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_candidate_opinions" ADD CONSTRAINT "proposal_candidate_opinions_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_candidate_requests" ADD CONSTRAINT "proposal_candidate_requests_candidate_id_proposal_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."proposal_candidates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_candidate_requests" ADD CONSTRAINT "proposal_candidate_requests_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_candidate_requests" ADD CONSTRAINT "proposal_candidate_requests_fixed_by_id_users_id_fk" FOREIGN KEY ("fixed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_candidate_requests" ADD CONSTRAINT "proposal_candidate_requests_closed_by_id_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_candidate_verdicts" ADD CONSTRAINT "proposal_candidate_verdicts_candidate_id_proposal_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."proposal_candidates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_candidate_verdicts" ADD CONSTRAINT "proposal_candidate_verdicts_ran_by_id_users_id_fk" FOREIGN KEY ("ran_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_candidates" ADD CONSTRAINT "proposal_candidates_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_candidates" ADD CONSTRAINT "proposal_candidates_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_candidates" ADD CONSTRAINT "proposal_candidates_round_id_review_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."review_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_candidates" ADD CONSTRAINT "proposal_candidates_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_candidates" ADD CONSTRAINT "proposal_candidates_subject_unit_id_units_id_fk" FOREIGN KEY ("subject_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_candidates" ADD CONSTRAINT "proposal_candidates_override_by_id_users_id_fk" FOREIGN KEY ("override_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_candidates" ADD CONSTRAINT "proposal_candidates_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_candidates" ADD CONSTRAINT "proposal_candidates_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_round_id_review_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."review_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_opened_by_id_users_id_fk" FOREIGN KEY ("opened_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_rounds" ADD CONSTRAINT "review_rounds_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_rounds" ADD CONSTRAINT "review_rounds_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "proposal_candidate_attachments_candidate_idx" ON "proposal_candidate_attachments" USING btree ("candidate_id");--> statement-breakpoint
CREATE UNIQUE INDEX "proposal_candidate_attachments_file_uq" ON "proposal_candidate_attachments" USING btree ("candidate_id","file_id");--> statement-breakpoint
CREATE INDEX "proposal_candidate_opinions_candidate_idx" ON "proposal_candidate_opinions" USING btree ("candidate_id");--> statement-breakpoint
CREATE INDEX "proposal_candidate_requests_candidate_idx" ON "proposal_candidate_requests" USING btree ("candidate_id","status");--> statement-breakpoint
CREATE INDEX "proposal_candidate_verdicts_candidate_idx" ON "proposal_candidate_verdicts" USING btree ("candidate_id","ran_at");--> statement-breakpoint
CREATE INDEX "proposal_candidates_proposal_idx" ON "proposal_candidates" USING btree ("proposal_id");--> statement-breakpoint
CREATE INDEX "proposal_candidates_round_idx" ON "proposal_candidates" USING btree ("round_id","award_code","status");--> statement-breakpoint
CREATE INDEX "proposal_candidates_person_idx" ON "proposal_candidates" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "proposal_candidates_person_award_uq" ON "proposal_candidates" USING btree ("round_id","person_id","award_code") WHERE "proposal_candidates"."person_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "proposal_candidates_unit_award_uq" ON "proposal_candidates" USING btree ("round_id","subject_unit_id","award_code") WHERE "proposal_candidates"."subject_unit_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "proposals_round_idx" ON "proposals" USING btree ("round_id","unit_id");--> statement-breakpoint
CREATE INDEX "proposals_agency_status_idx" ON "proposals" USING btree ("agency_id","status","submitted_at");--> statement-breakpoint
CREATE INDEX "review_rounds_agency_idx" ON "review_rounds" USING btree ("agency_id","status");