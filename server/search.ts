import "server-only";
import { Prisma } from "~/server/generated/prisma/client";

/**
 * What a person types, compared with a column the way people read: case and accents ignored ("garcia" is García),
 * small typos tolerated ("mindfullness" is Mindfulness). Every comparison goes through `pathway_search_text()`
 * (lower case, no accents; prisma/migrations/20261206150300_search), whose GIN trigram indexes serve `contains`
 * (LIKE) and `resembles` (pg_trgm's `<%`) alike. `resembles` holds when some stretch of the column's words shares
 * at least 60 % of the query's trigrams (pg_trgm.word_similarity_threshold, PostgreSQL's default).
 *
 * Relevance `tier`: 0 the whole column is the query, 1 the column or one of its words starts with it, 2 it contains it,
 * 3 it only resembles it. Callers order by tier, then `similarity` (0–1, higher is closer), then their own order.
 */
export function textSearch(query: string) {
  const q = query.trim();
  // LIKE's own wildcards in the query are literal characters ("50%" is not "50 anything").
  const literal = q.replace(/[\\%_]/g, "\\$&");
  const key = Prisma.sql`pathway_search_text(${q})`;
  const pattern = Prisma.sql`pathway_search_text(${literal})`;
  const fold = (column: Prisma.Sql) => Prisma.sql`pathway_search_text(${column})`;
  return {
    query: q,
    equals: (column: Prisma.Sql) => Prisma.sql`(${fold(column)} = ${key})`,
    startsWord: (column: Prisma.Sql) => Prisma.sql`(${fold(column)} LIKE ${pattern} || '%' OR ${fold(column)} LIKE '%' || ' ' || ${pattern} || '%')`,
    contains: (column: Prisma.Sql) => Prisma.sql`(${fold(column)} LIKE '%' || ${pattern} || '%')`,
    resembles: (column: Prisma.Sql) => Prisma.sql`(${key} <% ${fold(column)})`,
    similarity: (column: Prisma.Sql) => Prisma.sql`word_similarity(${key}, ${fold(column)})`,
  };
}

export type TextSearch = ReturnType<typeof textSearch>;
