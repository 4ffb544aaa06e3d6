CREATE TABLE "disclosure_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"disclosure_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"unit_name" text NOT NULL,
	"award_code" text NOT NULL,
	"award_label" text NOT NULL,
	"summary" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disclosure_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"disclosure_id" uuid NOT NULL,
	"entry_id" uuid,
	"sender_name" text NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"content" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sender_hash" text NOT NULL,
	"answer" text,
	"answered_by_id" uuid,
	"answered_by_name" text,
	"answered_at" timestamp with time zone,
	"answer_published" boolean DEFAULT false NOT NULL,
	"answer_published_at" timestamp with time zone,
	CONSTRAINT "disclosure_feedback_published_ck" CHECK (NOT "disclosure_feedback"."answer_published" OR "disclosure_feedback"."answer" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "disclosures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'published' NOT NULL,
	"window_working_days" integer NOT NULL,
	"window_from" date NOT NULL,
	"window_to" date NOT NULL,
	"public_after_window" boolean DEFAULT false NOT NULL,
	"published_by_id" uuid,
	"published_by_name" text DEFAULT '' NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_by_id" uuid,
	"withdrawn_at" timestamp with time zone,
	"withdraw_reason" text,
	CONSTRAINT "disclosures_status_ck" CHECK ("disclosures"."status" IN ('published', 'withdrawn')),
	CONSTRAINT "disclosures_window_ck" CHECK ("disclosures"."window_to" >= "disclosures"."window_from")
);
--> statement-breakpoint
ALTER TABLE "disclosure_entries" ADD CONSTRAINT "disclosure_entries_disclosure_id_disclosures_id_fk" FOREIGN KEY ("disclosure_id") REFERENCES "public"."disclosures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_entries" ADD CONSTRAINT "disclosure_entries_candidate_id_proposal_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."proposal_candidates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_feedback" ADD CONSTRAINT "disclosure_feedback_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_feedback" ADD CONSTRAINT "disclosure_feedback_disclosure_id_disclosures_id_fk" FOREIGN KEY ("disclosure_id") REFERENCES "public"."disclosures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_feedback" ADD CONSTRAINT "disclosure_feedback_entry_id_disclosure_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."disclosure_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_feedback" ADD CONSTRAINT "disclosure_feedback_answered_by_id_users_id_fk" FOREIGN KEY ("answered_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_round_id_review_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."review_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_withdrawn_by_id_users_id_fk" FOREIGN KEY ("withdrawn_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "disclosure_entries_disclosure_idx" ON "disclosure_entries" USING btree ("disclosure_id","position");--> statement-breakpoint
CREATE INDEX "disclosure_feedback_disclosure_idx" ON "disclosure_feedback" USING btree ("disclosure_id","received_at");--> statement-breakpoint
CREATE INDEX "disclosure_feedback_sender_idx" ON "disclosure_feedback" USING btree ("sender_hash","received_at");--> statement-breakpoint
CREATE INDEX "disclosures_agency_idx" ON "disclosures" USING btree ("agency_id","status","window_to");--> statement-breakpoint
CREATE INDEX "disclosures_round_idx" ON "disclosures" USING btree ("round_id");