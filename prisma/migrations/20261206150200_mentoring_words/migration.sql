-- AlterTable
ALTER TABLE "MentoringRequest" ADD COLUMN     "acceptMessage" TEXT;

-- AlterTable
ALTER TABLE "Pairing" ADD COLUMN     "extensionEndsOn" DATE,
ADD COLUMN     "extensionMonths" INTEGER,
ADD COLUMN     "extensionProposedAt" TIMESTAMP(3),
ADD COLUMN     "extensionProposedById" TEXT;

-- AlterTable
ALTER TABLE "CoachingSession" ADD COLUMN     "submissionKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "CoachingSession_submissionKey_key" ON "CoachingSession"("submissionKey");
