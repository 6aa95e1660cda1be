-- ───── Search across languages (written by hand, like 20261206150300_search: Prisma models neither functions nor
-- expression indexes) ─────
-- A French reader searching "fraude" finds Anti-fraud awareness by its French title; a Chinese reader searching "安全"
-- finds BSAFE by its Chinese one. The catalogue compares pathway_search_text(pathway_course_translations(translations))
-- with the query, by substring (LIKE) and by trigram word similarity (<%), as it does the title and summary columns.

-- Every language's title and summary of a Course.translations value ({"fr": {"title", "summary"}, "zh": {…}}), one
-- line each, in a fixed order (by locale), '' when there is none. Only jsonb operators and functions, all immutable.
CREATE FUNCTION pathway_course_translations(jsonb) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(concat_ws(E'\n', e.value ->> 'title', e.value ->> 'summary'), E'\n' ORDER BY e.key), '')
  FROM jsonb_each(CASE WHEN jsonb_typeof($1) = 'object' THEN $1 ELSE '{}'::jsonb END) AS e
  WHERE jsonb_typeof(e.value) = 'object'
$$;

-- CreateIndex
-- A two-character Chinese query ("安全") has no trigram: LIKE then reads the whole index and rechecks each row, which
-- stays correct (and the catalogue is hundreds of courses); longer queries are answered from the trigrams.
CREATE INDEX "Course_translations_search_idx" ON "Course" USING GIN (pathway_search_text(pathway_course_translations("translations")) gin_trgm_ops);
