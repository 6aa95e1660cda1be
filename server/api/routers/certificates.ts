import "server-only";
import { router, protectedProcedure } from "~/server/api/trpc";
import { ReissueCertificateInput, RevokeCertificateInput, SearchCertificatesInput } from "~/lib/schemas/certificates";
import { certificatesOf, searchCertificates } from "~/server/certificates/queries";
import { reissueCertificate, revokeCertificate } from "~/server/certificates/certificates";
import { toIsoDate } from "~/lib/dates";

const today = () => toIsoDate(new Date());

/** Certificates: a learner's own; L&D's and auditors' search; L&D revokes and reissues (audited). */
export const certificatesRouter = router({
  mine: protectedProcedure.query(({ ctx }) => certificatesOf(ctx.actor.id, today(), ctx.actor.locale)),
  search: protectedProcedure.input(SearchCertificatesInput).query(({ ctx, input }) => searchCertificates(input, today(), ctx.actor.locale)),
  revoke: protectedProcedure.input(RevokeCertificateInput).mutation(({ ctx, input }) => revokeCertificate(ctx.actor, input)),
  reissue: protectedProcedure.input(ReissueCertificateInput).mutation(({ ctx, input }) => reissueCertificate(ctx.actor, input)),
});
