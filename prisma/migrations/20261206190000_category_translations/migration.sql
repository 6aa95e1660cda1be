-- A category's name in other languages: {"fr": {"name": …}, "zh": {"name": …}}; "name" stays the English one.
ALTER TABLE "Category" ADD COLUMN "translations" JSONB NOT NULL DEFAULT '{}';
