CREATE INDEX "award_basis_initiative_idx" ON "award_basis_uses" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "award_basis_science_task_idx" ON "award_basis_uses" USING btree ("science_task_id");--> statement-breakpoint
CREATE INDEX "disciplines_agency_idx" ON "disciplines" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "inspection_subjects_inspection_idx" ON "inspection_subjects" USING btree ("inspection_id");