-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "undoneAt" TIMESTAMPTZ(3);

-- The review log stays append-only, with one exception: a review may be marked undone, once, and nothing else
-- about it may change.
CREATE OR REPLACE FUNCTION "ReviewLog_forbid_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."undoneAt" IS NULL AND NEW."undoneAt" IS NOT NULL
     AND (to_jsonb(NEW) - 'undoneAt') = (to_jsonb(OLD) - 'undoneAt') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'ReviewLog is append-only: rows cannot be updated';
END;
$$;
