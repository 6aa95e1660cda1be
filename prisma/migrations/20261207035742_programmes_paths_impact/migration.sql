-- CreateEnum
CREATE TYPE "PathOrder" AS ENUM ('SEQUENTIAL', 'FREE');

-- CreateEnum
CREATE TYPE "PathStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'RETIRED');

-- CreateEnum
CREATE TYPE "PathStepKind" AS ENUM ('COURSE', 'EXTERNAL');

-- CreateEnum
CREATE TYPE "ProgrammeStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'RETIRED');

-- CreateEnum
CREATE TYPE "ProgrammeComponentKind" AS ENUM ('PATH', 'COURSE', 'SESSION', 'COACHING', 'GROUP_SESSION', 'ASSESSMENT');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('SUBMITTED', 'WITHDRAWN', 'SELECTED', 'WAITLISTED', 'NOT_SELECTED', 'COMPLETED', 'DROPPED');

-- CreateEnum
CREATE TYPE "EndorsementStatus" AS ENUM ('NOT_REQUIRED', 'REQUESTED', 'ENDORSED', 'DECLINED');

-- CreateEnum
CREATE TYPE "ComponentProgressStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'MISSED');

-- CreateEnum
CREATE TYPE "LicenceStatus" AS ENUM ('REQUESTED', 'ASSIGNED', 'RECLAIMED', 'RELEASED', 'DECLINED');

-- CreateEnum
CREATE TYPE "QuestionnaireScope" AS ENUM ('DEFAULT', 'CATEGORY', 'COURSE');

-- CreateEnum
CREATE TYPE "EvaluationKind" AS ENUM ('REACTION', 'FOLLOW_UP_LEARNER', 'FOLLOW_UP_MANAGER');

-- AlterEnum
ALTER TYPE "ImportKind" ADD VALUE 'PLATFORM_ACTIVITY';

-- AlterTable
ALTER TABLE "ExternalLearning" ADD COLUMN     "pathStepId" TEXT;

-- CreateTable
CREATE TABLE "LearningPath" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "translations" JSONB NOT NULL DEFAULT '{}',
    "order" "PathOrder" NOT NULL DEFAULT 'SEQUENTIAL',
    "requiredSteps" INTEGER,
    "status" "PathStatus" NOT NULL DEFAULT 'DRAFT',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LearningPath_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PathStep" (
    "id" TEXT NOT NULL,
    "pathId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "PathStepKind" NOT NULL,
    "courseId" TEXT,
    "title" TEXT NOT NULL DEFAULT '',
    "translations" JSONB NOT NULL DEFAULT '{}',
    "provider" TEXT NOT NULL DEFAULT '',
    "url" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PathStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PathEnrolment" (
    "id" TEXT NOT NULL,
    "pathId" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "origin" "EnrollmentOrigin" NOT NULL DEFAULT 'SELF',
    "enrolledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PathEnrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "translations" JSONB NOT NULL DEFAULT '{}',
    "durationMonths" INTEGER NOT NULL,
    "eligibility" JSONB NOT NULL DEFAULT '{"alternatives": []}',
    "status" "ProgrammeStatus" NOT NULL DEFAULT 'DRAFT',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeCohort" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "opensOn" DATE NOT NULL,
    "closesOn" DATE NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "places" INTEGER NOT NULL,
    "selectionPublishedAt" TIMESTAMP(3),
    "selectionPublishedBy" TEXT,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgrammeCohort_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeComponent" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "ProgrammeComponentKind" NOT NULL,
    "title" TEXT NOT NULL,
    "translations" JSONB NOT NULL DEFAULT '{}',
    "pathId" TEXT,
    "courseId" TEXT,
    "sessionId" TEXT,
    "coachingHours" DECIMAL(5,2),
    "startsOn" DATE,
    "endsOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgrammeComponent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeApplication" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "motivation" TEXT NOT NULL,
    "goals" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "eligibility" JSONB NOT NULL,
    "grade" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "managerId" TEXT,
    "endorsement" "EndorsementStatus" NOT NULL,
    "endorsementComment" TEXT,
    "endorsedAt" TIMESTAMP(3),
    "waitlistPosition" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "completedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgrammeApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeReview" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgrammeReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeComponentProgress" (
    "id" TEXT NOT NULL,
    "componentId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "status" "ComponentProgressStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "hours" DECIMAL(5,2),
    "completedOn" DATE,
    "note" TEXT NOT NULL DEFAULT '',
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgrammeComponentProgress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParityTarget" (
    "id" TEXT NOT NULL,
    "grade" TEXT NOT NULL,
    "targetDate" DATE NOT NULL,
    "womenShare" DECIMAL(5,2) NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "setById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ParityTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LicencePool" (
    "id" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "seats" INTEGER NOT NULL,
    "validFrom" DATE NOT NULL,
    "validUntil" DATE NOT NULL,
    "costPerSeat" DECIMAL(10,2),
    "currency" TEXT,
    "reclaimAfterDays" INTEGER NOT NULL DEFAULT 60,
    "autoAssign" BOOLEAN NOT NULL DEFAULT false,
    "categoryId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LicencePool_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Licence" (
    "id" TEXT NOT NULL,
    "poolId" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "status" "LicenceStatus" NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "assignedAt" TIMESTAMP(3),
    "assignedById" TEXT,
    "lastActiveOn" DATE,
    "endedAt" TIMESTAMP(3),
    "endedReason" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Licence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlatformActivity" (
    "id" TEXT NOT NULL,
    "poolId" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "courseTitle" TEXT NOT NULL,
    "hoursViewed" DECIMAL(7,2) NOT NULL,
    "completedOn" DATE,
    "sourceKey" TEXT NOT NULL,
    "recordId" TEXT,
    "importBatchId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlatformActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Questionnaire" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "scope" "QuestionnaireScope" NOT NULL,
    "courseId" TEXT,
    "categoryId" TEXT,
    "questions" JSONB NOT NULL,
    "followUp" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Questionnaire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationRequest" (
    "id" TEXT NOT NULL,
    "kind" "EvaluationKind" NOT NULL,
    "trainingRecordId" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "questionnaireId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "sessionId" TEXT,
    "categoryId" TEXT NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "remindedAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "declinedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationResponse" (
    "id" TEXT NOT NULL,
    "kind" "EvaluationKind" NOT NULL,
    "questionnaireId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "sessionId" TEXT,
    "trainerId" TEXT,
    "categoryId" TEXT NOT NULL,
    "answeredMonth" DATE NOT NULL,
    "answers" JSONB NOT NULL,

    CONSTRAINT "EvaluationResponse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LearningPath_code_key" ON "LearningPath"("code");

-- CreateIndex
CREATE INDEX "PathStep_courseId_idx" ON "PathStep"("courseId");

-- CreateIndex
CREATE UNIQUE INDEX "PathStep_pathId_position_key" ON "PathStep"("pathId", "position");

-- CreateIndex
CREATE INDEX "PathEnrolment_staffId_completedAt_idx" ON "PathEnrolment"("staffId", "completedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PathEnrolment_pathId_staffId_key" ON "PathEnrolment"("pathId", "staffId");

-- CreateIndex
CREATE UNIQUE INDEX "Programme_code_key" ON "Programme"("code");

-- CreateIndex
CREATE INDEX "ProgrammeCohort_opensOn_closesOn_idx" ON "ProgrammeCohort"("opensOn", "closesOn");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeCohort_programmeId_name_key" ON "ProgrammeCohort"("programmeId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeComponent_cohortId_position_key" ON "ProgrammeComponent"("cohortId", "position");

-- CreateIndex
CREATE INDEX "ProgrammeApplication_staffId_idx" ON "ProgrammeApplication"("staffId");

-- CreateIndex
CREATE INDEX "ProgrammeApplication_managerId_endorsement_idx" ON "ProgrammeApplication"("managerId", "endorsement");

-- CreateIndex
CREATE INDEX "ProgrammeApplication_cohortId_status_idx" ON "ProgrammeApplication"("cohortId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeApplication_cohortId_staffId_key" ON "ProgrammeApplication"("cohortId", "staffId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeReview_applicationId_reviewerId_key" ON "ProgrammeReview"("applicationId", "reviewerId");

-- CreateIndex
CREATE INDEX "ProgrammeComponentProgress_applicationId_idx" ON "ProgrammeComponentProgress"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeComponentProgress_componentId_applicationId_key" ON "ProgrammeComponentProgress"("componentId", "applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "ParityTarget_grade_targetDate_key" ON "ParityTarget"("grade", "targetDate");

-- CreateIndex
CREATE UNIQUE INDEX "LicencePool_platform_validFrom_key" ON "LicencePool"("platform", "validFrom");

-- CreateIndex
CREATE INDEX "Licence_poolId_status_idx" ON "Licence"("poolId", "status");

-- CreateIndex
CREATE INDEX "Licence_staffId_status_idx" ON "Licence"("staffId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "PlatformActivity_sourceKey_key" ON "PlatformActivity"("sourceKey");

-- CreateIndex
CREATE UNIQUE INDEX "PlatformActivity_recordId_key" ON "PlatformActivity"("recordId");

-- CreateIndex
CREATE INDEX "PlatformActivity_poolId_staffId_idx" ON "PlatformActivity"("poolId", "staffId");

-- CreateIndex
CREATE INDEX "Questionnaire_scope_courseId_categoryId_idx" ON "Questionnaire"("scope", "courseId", "categoryId");

-- CreateIndex
CREATE INDEX "EvaluationRequest_staffId_answeredAt_opensAt_idx" ON "EvaluationRequest"("staffId", "answeredAt", "opensAt");

-- CreateIndex
CREATE INDEX "EvaluationRequest_opensAt_answeredAt_remindedAt_idx" ON "EvaluationRequest"("opensAt", "answeredAt", "remindedAt");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationRequest_trainingRecordId_kind_staffId_key" ON "EvaluationRequest"("trainingRecordId", "kind", "staffId");

-- CreateIndex
CREATE INDEX "EvaluationResponse_courseId_kind_idx" ON "EvaluationResponse"("courseId", "kind");

-- CreateIndex
CREATE INDEX "EvaluationResponse_sessionId_idx" ON "EvaluationResponse"("sessionId");

-- CreateIndex
CREATE INDEX "EvaluationResponse_trainerId_idx" ON "EvaluationResponse"("trainerId");

-- CreateIndex
CREATE INDEX "EvaluationResponse_categoryId_answeredMonth_idx" ON "EvaluationResponse"("categoryId", "answeredMonth");

-- AddForeignKey
ALTER TABLE "ExternalLearning" ADD CONSTRAINT "ExternalLearning_pathStepId_fkey" FOREIGN KEY ("pathStepId") REFERENCES "PathStep"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PathStep" ADD CONSTRAINT "PathStep_pathId_fkey" FOREIGN KEY ("pathId") REFERENCES "LearningPath"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PathStep" ADD CONSTRAINT "PathStep_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PathEnrolment" ADD CONSTRAINT "PathEnrolment_pathId_fkey" FOREIGN KEY ("pathId") REFERENCES "LearningPath"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PathEnrolment" ADD CONSTRAINT "PathEnrolment_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeCohort" ADD CONSTRAINT "ProgrammeCohort_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeComponent" ADD CONSTRAINT "ProgrammeComponent_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "ProgrammeCohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeComponent" ADD CONSTRAINT "ProgrammeComponent_pathId_fkey" FOREIGN KEY ("pathId") REFERENCES "LearningPath"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeComponent" ADD CONSTRAINT "ProgrammeComponent_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeComponent" ADD CONSTRAINT "ProgrammeComponent_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CourseSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeApplication" ADD CONSTRAINT "ProgrammeApplication_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "ProgrammeCohort"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeApplication" ADD CONSTRAINT "ProgrammeApplication_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeApplication" ADD CONSTRAINT "ProgrammeApplication_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeReview" ADD CONSTRAINT "ProgrammeReview_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "ProgrammeApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeReview" ADD CONSTRAINT "ProgrammeReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeComponentProgress" ADD CONSTRAINT "ProgrammeComponentProgress_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "ProgrammeComponent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeComponentProgress" ADD CONSTRAINT "ProgrammeComponentProgress_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "ProgrammeApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicencePool" ADD CONSTRAINT "LicencePool_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Licence" ADD CONSTRAINT "Licence_poolId_fkey" FOREIGN KEY ("poolId") REFERENCES "LicencePool"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Licence" ADD CONSTRAINT "Licence_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlatformActivity" ADD CONSTRAINT "PlatformActivity_poolId_fkey" FOREIGN KEY ("poolId") REFERENCES "LicencePool"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlatformActivity" ADD CONSTRAINT "PlatformActivity_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRequest" ADD CONSTRAINT "EvaluationRequest_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
