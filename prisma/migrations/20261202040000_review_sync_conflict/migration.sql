-- Review sync writes a batch in one statement that checks, as it writes, that no other request changed the same
-- cards since it read them. When one did, this raises serialization_failure (40001): the statement, and so the
-- whole batch, is undone, and lib/data/reviews.ts reads again and retries.
CREATE OR REPLACE FUNCTION "parta_conflict_if"(conflict boolean) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF conflict THEN
    RAISE EXCEPTION 'another request changed the same rows; read again and retry' USING ERRCODE = 'serialization_failure';
  END IF;
  RETURN false;
END;
$$;
