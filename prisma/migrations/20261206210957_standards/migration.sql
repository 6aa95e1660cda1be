-- CreateEnum
CREATE TYPE "ScormStandard" AS ENUM ('SCORM12', 'SCORM2004');

-- CreateEnum
CREATE TYPE "XapiStatementStatus" AS ENUM ('WAITING', 'SENT', 'FAILING');

-- AlterEnum
ALTER TYPE "LessonKind" ADD VALUE 'SCORM';

-- AlterTable
ALTER TABLE "Lesson" ADD COLUMN     "scormItem" TEXT,
ADD COLUMN     "scormLaunch" TEXT,
ADD COLUMN     "scormPackageId" TEXT;

-- CreateTable
CREATE TABLE "ScormPackage" (
    "id" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "standard" "ScormStandard" NOT NULL,
    "version" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "language" TEXT,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "sizeBytes" BIGINT NOT NULL,
    "fileCount" INTEGER NOT NULL,
    "storagePath" TEXT NOT NULL,
    "manifest" JSONB NOT NULL,
    "hasSequencing" BOOLEAN NOT NULL DEFAULT false,
    "importedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScormPackage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScormAttempt" (
    "id" TEXT NOT NULL,
    "progressId" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "cmi" JSONB NOT NULL DEFAULT '{}',
    "completionStatus" TEXT,
    "successStatus" TEXT,
    "scoreRaw" DECIMAL(10,4),
    "scoreMin" DECIMAL(10,4),
    "scoreMax" DECIMAL(10,4),
    "scoreScaled" DECIMAL(5,4),
    "location" TEXT,
    "suspendData" TEXT,
    "totalSeconds" INTEGER NOT NULL DEFAULT 0,
    "launchId" TEXT,
    "launchSeconds" INTEGER NOT NULL DEFAULT 0,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,
    "launches" INTEGER NOT NULL DEFAULT 0,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScormAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "trainingRecordId" TEXT NOT NULL,
    "number" INTEGER NOT NULL DEFAULT 1,
    "staffId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "completedOn" DATE NOT NULL,
    "trainingDays" DECIMAL(7,3) NOT NULL,
    "validUntil" DATE,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,
    "revokedReason" TEXT,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "XapiStatement" (
    "id" UUID NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "verb" TEXT NOT NULL,
    "statement" JSONB NOT NULL,
    "status" "XapiStatementStatus" NOT NULL DEFAULT 'WAITING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastStatus" INTEGER,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "XapiStatement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ScormPackage_courseId_idx" ON "ScormPackage"("courseId");

-- CreateIndex
CREATE INDEX "ScormPackage_sha256_idx" ON "ScormPackage"("sha256");

-- CreateIndex
CREATE INDEX "ScormAttempt_lessonId_idx" ON "ScormAttempt"("lessonId");

-- CreateIndex
CREATE UNIQUE INDEX "ScormAttempt_progressId_lessonId_key" ON "ScormAttempt"("progressId", "lessonId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_code_key" ON "Certificate"("code");

-- CreateIndex
CREATE INDEX "Certificate_staffId_completedOn_idx" ON "Certificate"("staffId", "completedOn");

-- CreateIndex
CREATE INDEX "Certificate_courseId_completedOn_idx" ON "Certificate"("courseId", "completedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_trainingRecordId_number_key" ON "Certificate"("trainingRecordId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "XapiStatement_sourceKey_key" ON "XapiStatement"("sourceKey");

-- CreateIndex
CREATE INDEX "XapiStatement_status_nextAttemptAt_idx" ON "XapiStatement"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "XapiStatement_createdAt_idx" ON "XapiStatement"("createdAt");

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_scormPackageId_fkey" FOREIGN KEY ("scormPackageId") REFERENCES "ScormPackage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScormPackage" ADD CONSTRAINT "ScormPackage_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScormPackage" ADD CONSTRAINT "ScormPackage_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScormAttempt" ADD CONSTRAINT "ScormAttempt_progressId_fkey" FOREIGN KEY ("progressId") REFERENCES "CourseProgress"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScormAttempt" ADD CONSTRAINT "ScormAttempt_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_trainingRecordId_fkey" FOREIGN KEY ("trainingRecordId") REFERENCES "TrainingRecord"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;
