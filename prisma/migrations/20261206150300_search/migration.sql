-- ───── Search that finds what people type (written by hand; Prisma models neither extensions, functions nor
-- expression indexes, and its schema diff ignores all three) ─────
-- "garcia" finds García, "securite" finds Sécurité, "mindfullness" finds Mindfulness: the catalogue, the mentor
-- browser and the people pickers compare pathway_search_text(column) with pathway_search_text(query), by substring
-- (LIKE) and by trigram word similarity (<%), both served by the GIN trigram indexes below.
-- Both extensions ship with PostgreSQL's contrib (and with the embedded server).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (its dictionary could change), so it cannot appear in an index. This wrapper names the
-- dictionary explicitly (search_path cannot change what it means) and is declared IMMUTABLE: the usual pattern. Being
-- "immutable" over a stable body, PostgreSQL does not inline it, so a query's pathway_search_text(col) matches the
-- index expression as written. Lower case as well, so that LIKE needs no ILIKE.
CREATE FUNCTION pathway_search_text(text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- CreateIndex
CREATE INDEX "Course_title_search_idx" ON "Course" USING GIN (pathway_search_text("title") gin_trgm_ops);
CREATE INDEX "Course_code_search_idx" ON "Course" USING GIN (pathway_search_text("code") gin_trgm_ops);
CREATE INDEX "Course_summary_search_idx" ON "Course" USING GIN (pathway_search_text("summary") gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Staff_fullName_search_idx" ON "Staff" USING GIN (pathway_search_text("fullName") gin_trgm_ops);
CREATE INDEX "Staff_email_search_idx" ON "Staff" USING GIN (pathway_search_text("email") gin_trgm_ops);

-- CreateIndex
CREATE INDEX "MentorProfile_bio_search_idx" ON "MentorProfile" USING GIN (pathway_search_text("bio") gin_trgm_ops);
CREATE INDEX "ExpertiseArea_name_search_idx" ON "ExpertiseArea" USING GIN (pathway_search_text("name") gin_trgm_ops);
