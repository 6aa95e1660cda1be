-- AlterTable
ALTER TABLE "SessionAttendance" DROP COLUMN "hours",
ADD COLUMN     "minutes" INTEGER NOT NULL;
