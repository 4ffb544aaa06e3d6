CREATE TABLE "attestations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"person_id" uuid,
	"unit_id" uuid,
	"year" integer NOT NULL,
	"key" text NOT NULL,
	"value" jsonb NOT NULL,
	"attested_by" text DEFAULT '' NOT NULL,
	"attested_on" date NOT NULL,
	"basis" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by_id" uuid,
	"recorded_by_name" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attestations_one_subject_ck" CHECK (("attestations"."person_id" IS NULL) <> ("attestations"."unit_id" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "attestations" ADD CONSTRAINT "attestations_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestations" ADD CONSTRAINT "attestations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestations" ADD CONSTRAINT "attestations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestations" ADD CONSTRAINT "attestations_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "attestations_person_year_key_uq" ON "attestations" USING btree ("person_id","year","key");--> statement-breakpoint
CREATE UNIQUE INDEX "attestations_unit_year_key_uq" ON "attestations" USING btree ("unit_id","year","key");--> statement-breakpoint
CREATE INDEX "attestations_agency_year_idx" ON "attestations" USING btree ("agency_id","year");