-- A file referenced by an issued document (locked_at set) is never deleted or changed, and a stored
-- blob is never rewritten: the database enforces it, not only the service.
CREATE OR REPLACE FUNCTION vd_files_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.locked_at IS NOT NULL THEN
      RAISE EXCEPTION 'vd_file_locked: file % is referenced by an issued document', OLD.id USING ERRCODE = 'P0001';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.locked_at IS NOT NULL THEN
    RAISE EXCEPTION 'vd_file_locked: file % is referenced by an issued document', OLD.id USING ERRCODE = 'P0001';
  END IF;
  IF NEW.sha256 <> OLD.sha256 OR NEW.size <> OLD.size OR NEW.kind <> OLD.kind OR NEW.agency_id <> OLD.agency_id THEN
    RAISE EXCEPTION 'vd_file_immutable: the content of file % cannot change', OLD.id USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER files_guard BEFORE UPDATE OR DELETE ON files FOR EACH ROW EXECUTE FUNCTION vd_files_guard();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION vd_file_blobs_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'vd_file_immutable: a stored blob cannot change' USING ERRCODE = 'P0001';
END
$$;
--> statement-breakpoint
CREATE TRIGGER file_blobs_guard BEFORE UPDATE ON file_blobs FOR EACH ROW EXECUTE FUNCTION vd_file_blobs_guard();
