-- AlterEnum
ALTER TYPE "EnrollmentState" ADD VALUE 'CANCELLED';
ALTER TYPE "EnrollmentState" ADD VALUE 'WAITLIST_CLOSED';

-- AlterTable
ALTER TABLE "CourseSession" ADD COLUMN     "waitlistCloseReason" TEXT,
ADD COLUMN     "waitlistClosedAt" TIMESTAMP(3),
ADD COLUMN     "waitlistClosedById" TEXT;
