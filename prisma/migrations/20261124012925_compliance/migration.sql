-- CreateEnum
CREATE TYPE "SessionDelivery" AS ENUM ('IN_PERSON', 'VIRTUAL');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('SCHEDULED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AttendanceMark" AS ENUM ('ATTENDED', 'PARTIAL', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "ExternalLearningStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('STAFF', 'RECORDS');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('PREVIEWED', 'APPLIED', 'REJECTED');

-- CreateEnum
CREATE TYPE "MediaProvider" AS ENUM ('LOCAL', 'MUX');

-- CreateEnum
CREATE TYPE "MediaAssetStatus" AS ENUM ('WAITING', 'PROCESSING', 'READY', 'ERRORED', 'DELETED');

-- CreateEnum
CREATE TYPE "PlaybackPolicy" AS ENUM ('PUBLIC', 'SIGNED');

-- CreateEnum
CREATE TYPE "CaptionStatus" AS ENUM ('PREPARING', 'READY', 'ERRORED');

-- CreateEnum
CREATE TYPE "MentoringRequestStatus" AS ENUM ('OPEN', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED');

-- CreateEnum
CREATE TYPE "MentoringDeclineReason" AS ENUM ('FULL', 'OUTSIDE_EXPERTISE', 'NEED_MORE_INFORMATION', 'OTHER');

-- CreateEnum
CREATE TYPE "MentoringWithdrawReason" AS ENUM ('BY_MENTEE', 'PAIRED_ELSEWHERE');

-- CreateEnum
CREATE TYPE "PairingStatus" AS ENUM ('PROPOSED', 'ACTIVE', 'CLOSED');

-- CreateEnum
CREATE TYPE "PairingOrigin" AS ENUM ('REQUEST', 'ROUND');

-- CreateEnum
CREATE TYPE "PairingOutcome" AS ENUM ('COMPLETED', 'ENDED_EARLY', 'DECLINED');

-- CreateEnum
CREATE TYPE "PairingCloseReason" AS ENUM ('GOALS_MET', 'SCHEDULES', 'NOT_A_GOOD_FIT', 'ROLE_CHANGE', 'LEAVING', 'OTHER');

-- CreateEnum
CREATE TYPE "MatchingRoundStatus" AS ENUM ('OPEN', 'PUBLISHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MatchingAlgorithm" AS ENUM ('DEFERRED_ACCEPTANCE', 'OPTIMAL');

-- CreateEnum
CREATE TYPE "CoachingRequestStatus" AS ENUM ('OPEN', 'ACCEPTED', 'DECLINED', 'CLOSED');

-- CreateEnum
CREATE TYPE "AudienceKind" AS ENUM ('EVERYONE', 'DEPARTMENT', 'SECTOR', 'GRADE', 'DUTY_STATION', 'MANAGERS', 'NEW_STAFF');

-- CreateEnum
CREATE TYPE "PlacementField" AS ENUM ('DEPARTMENT', 'SECTOR', 'DUTY_STATION', 'GRADE', 'MANAGER');

-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "nextAttemptAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Enrollment" ADD COLUMN     "sessionId" TEXT,
ADD COLUMN     "waitlistPosition" INTEGER;

-- AlterTable
ALTER TABLE "MentorProfile" ADD COLUMN     "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "lastActiveAt" TIMESTAMP(3),
ADD COLUMN     "listed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "listedAt" TIMESTAMP(3),
ADD COLUMN     "pausedUntil" DATE,
ADD COLUMN     "yearsExperience" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "CourseSession" (
    "id" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "delivery" "SessionDelivery" NOT NULL,
    "location" TEXT,
    "meetingUrl" TEXT,
    "trainerId" TEXT,
    "trainerName" TEXT,
    "capacity" INTEGER NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Zurich',
    "enrolmentDeadline" TIMESTAMP(3),
    "status" "SessionStatus" NOT NULL DEFAULT 'SCHEDULED',
    "cancelledAt" TIMESTAMP(3),
    "cancelledById" TEXT,
    "cancelReason" TEXT,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "trainingDays" DECIMAL(7,3) NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CourseSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionDay" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "dayNumber" INTEGER NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SessionDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionAttendance" (
    "id" TEXT NOT NULL,
    "enrollmentId" TEXT NOT NULL,
    "dayId" TEXT NOT NULL,
    "mark" "AttendanceMark" NOT NULL,
    "hours" DECIMAL(5,2) NOT NULL,
    "markedById" TEXT,
    "markedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExternalLearning" (
    "id" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "trainingDays" DECIMAL(7,3) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "certificateName" TEXT NOT NULL,
    "certificateType" TEXT NOT NULL,
    "certificateSize" INTEGER NOT NULL,
    "certificateSha256" TEXT NOT NULL,
    "certificate" BYTEA NOT NULL,
    "status" "ExternalLearningStatus" NOT NULL DEFAULT 'PENDING',
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewNote" TEXT,
    "recordId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExternalLearning_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" TEXT NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "options" JSONB NOT NULL,
    "status" "ImportStatus" NOT NULL,
    "preview" JSONB,
    "result" JSONB,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appliedAt" TIMESTAMP(3),

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediaAsset" (
    "id" TEXT NOT NULL,
    "provider" "MediaProvider" NOT NULL,
    "status" "MediaAssetStatus" NOT NULL DEFAULT 'WAITING',
    "title" TEXT NOT NULL DEFAULT '',
    "muxUploadId" TEXT,
    "muxAssetId" TEXT,
    "muxPlaybackId" TEXT,
    "playbackPolicy" "PlaybackPolicy" NOT NULL DEFAULT 'PUBLIC',
    "errorMessage" TEXT,
    "storagePath" TEXT,
    "sizeBytes" BIGINT,
    "mimeType" TEXT,
    "durationSeconds" DOUBLE PRECISION,
    "lastEventAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MediaAsset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaptionTrack" (
    "id" TEXT NOT NULL,
    "assetId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "storagePath" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "muxTrackId" TEXT,
    "status" "CaptionStatus" NOT NULL DEFAULT 'READY',
    "errorMessage" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaptionTrack_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VideoProgress" (
    "id" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "progressId" TEXT NOT NULL,
    "ranges" JSONB NOT NULL DEFAULT '[]',
    "watchedSeconds" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "lastPosition" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "durationSeconds" DOUBLE PRECISION,
    "lastReportAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VideoProgress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MuxWebhookEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "objectId" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MuxWebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExpertiseArea" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExpertiseArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MenteeProfile" (
    "id" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "goalsText" TEXT NOT NULL DEFAULT '',
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "prefersOtherDepartment" BOOLEAN NOT NULL DEFAULT false,
    "prefersOtherSector" BOOLEAN NOT NULL DEFAULT false,
    "prefersOtherDutyStation" BOOLEAN,
    "desiredDurationMonths" INTEGER NOT NULL DEFAULT 6,
    "guidelinesSeenAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MenteeProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MentoringRequest" (
    "id" TEXT NOT NULL,
    "menteeId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "durationMonths" INTEGER NOT NULL,
    "status" "MentoringRequestStatus" NOT NULL DEFAULT 'OPEN',
    "declineReason" "MentoringDeclineReason",
    "declineText" TEXT,
    "withdrawReason" "MentoringWithdrawReason",
    "createdAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "respondedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "MentoringRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pairing" (
    "id" TEXT NOT NULL,
    "menteeId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "origin" "PairingOrigin" NOT NULL,
    "requestId" TEXT,
    "roundId" TEXT,
    "reasons" JSONB NOT NULL DEFAULT '[]',
    "score" DOUBLE PRECISION,
    "status" "PairingStatus" NOT NULL,
    "durationMonths" INTEGER NOT NULL,
    "proposedAt" TIMESTAMP(3) NOT NULL,
    "menteeConfirmedAt" TIMESTAMP(3),
    "mentorConfirmedAt" TIMESTAMP(3),
    "startedOn" DATE,
    "endsOn" DATE,
    "closedOn" DATE,
    "outcome" "PairingOutcome",
    "closeReason" "PairingCloseReason",
    "closeNote" TEXT,
    "closedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Pairing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PairingGoal" (
    "id" TEXT NOT NULL,
    "pairingId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PairingGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PairingMeeting" (
    "id" TEXT NOT NULL,
    "pairingId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "minutes" INTEGER NOT NULL,
    "topics" TEXT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "notesShared" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PairingMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PairingCheckIn" (
    "id" TEXT NOT NULL,
    "pairingId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "onTrack" BOOLEAN NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PairingCheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PairingFeedback" (
    "id" TEXT NOT NULL,
    "pairingId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "rematchRequested" BOOLEAN NOT NULL DEFAULT false,
    "rematchResolvedAt" TIMESTAMP(3),
    "rematchResolvedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PairingFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatchingRound" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" "MatchingRoundStatus" NOT NULL DEFAULT 'OPEN',
    "closesOn" DATE NOT NULL,
    "algorithm" "MatchingAlgorithm" NOT NULL DEFAULT 'DEFERRED_ACCEPTANCE',
    "weights" JSONB NOT NULL,
    "rankedOnly" BOOLEAN NOT NULL DEFAULT true,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "result" JSONB,

    CONSTRAINT "MatchingRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatchingRoundEntry" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "menteeId" TEXT NOT NULL,
    "ranking" TEXT[],
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "matched" BOOLEAN,

    CONSTRAINT "MatchingRoundEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Coach" (
    "id" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "bio" TEXT NOT NULL DEFAULT '',
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "listed" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Coach_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoachingRequest" (
    "id" TEXT NOT NULL,
    "coacheeId" TEXT NOT NULL,
    "coachId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "status" "CoachingRequestStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL,
    "respondedAt" TIMESTAMP(3),

    CONSTRAINT "CoachingRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoachingSession" (
    "id" TEXT NOT NULL,
    "coachId" TEXT NOT NULL,
    "coacheeId" TEXT NOT NULL,
    "requestId" TEXT,
    "heldOn" DATE NOT NULL,
    "hours" DECIMAL(5,2) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoachingSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Requirement" (
    "id" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "audienceKind" "AudienceKind" NOT NULL,
    "audienceValues" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "newStaffDays" INTEGER,
    "effectiveFrom" DATE NOT NULL,
    "dueDate" DATE,
    "dueAfterDays" INTEGER,
    "validityMonths" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',
    "retiredAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Requirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequirementExemption" (
    "id" TEXT NOT NULL,
    "requirementId" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "grantedById" TEXT,
    "grantedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,

    CONSTRAINT "RequirementExemption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffPlacementChange" (
    "id" BIGSERIAL NOT NULL,
    "staffId" TEXT NOT NULL,
    "field" "PlacementField" NOT NULL,
    "value" TEXT,
    "effectiveOn" DATE NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffPlacementChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_MentorExpertise" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_MentorExpertise_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_MenteeGoals" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_MenteeGoals_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "CourseSession_courseId_startsAt_idx" ON "CourseSession"("courseId", "startsAt");

-- CreateIndex
CREATE INDEX "CourseSession_startsAt_status_idx" ON "CourseSession"("startsAt", "status");

-- CreateIndex
CREATE UNIQUE INDEX "SessionDay_sessionId_dayNumber_key" ON "SessionDay"("sessionId", "dayNumber");

-- CreateIndex
CREATE INDEX "SessionAttendance_dayId_idx" ON "SessionAttendance"("dayId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionAttendance_enrollmentId_dayId_key" ON "SessionAttendance"("enrollmentId", "dayId");

-- CreateIndex
CREATE UNIQUE INDEX "ExternalLearning_recordId_key" ON "ExternalLearning"("recordId");

-- CreateIndex
CREATE INDEX "ExternalLearning_status_createdAt_idx" ON "ExternalLearning"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ExternalLearning_staffId_idx" ON "ExternalLearning"("staffId");

-- CreateIndex
CREATE INDEX "ImportBatch_kind_createdAt_idx" ON "ImportBatch"("kind", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MediaAsset_muxUploadId_key" ON "MediaAsset"("muxUploadId");

-- CreateIndex
CREATE UNIQUE INDEX "MediaAsset_muxAssetId_key" ON "MediaAsset"("muxAssetId");

-- CreateIndex
CREATE UNIQUE INDEX "CaptionTrack_muxTrackId_key" ON "CaptionTrack"("muxTrackId");

-- CreateIndex
CREATE UNIQUE INDEX "CaptionTrack_assetId_language_key" ON "CaptionTrack"("assetId", "language");

-- CreateIndex
CREATE INDEX "VideoProgress_staffId_lessonId_idx" ON "VideoProgress"("staffId", "lessonId");

-- CreateIndex
CREATE UNIQUE INDEX "VideoProgress_progressId_lessonId_key" ON "VideoProgress"("progressId", "lessonId");

-- CreateIndex
CREATE UNIQUE INDEX "ExpertiseArea_name_key" ON "ExpertiseArea"("name");

-- CreateIndex
CREATE UNIQUE INDEX "MenteeProfile_staffId_key" ON "MenteeProfile"("staffId");

-- CreateIndex
CREATE INDEX "MentoringRequest_mentorId_status_idx" ON "MentoringRequest"("mentorId", "status");

-- CreateIndex
CREATE INDEX "MentoringRequest_menteeId_status_idx" ON "MentoringRequest"("menteeId", "status");

-- CreateIndex
CREATE INDEX "MentoringRequest_status_expiresAt_idx" ON "MentoringRequest"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "MentoringRequest_createdAt_idx" ON "MentoringRequest"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Pairing_requestId_key" ON "Pairing"("requestId");

-- CreateIndex
CREATE INDEX "Pairing_mentorId_status_idx" ON "Pairing"("mentorId", "status");

-- CreateIndex
CREATE INDEX "Pairing_menteeId_status_idx" ON "Pairing"("menteeId", "status");

-- CreateIndex
CREATE INDEX "Pairing_startedOn_idx" ON "Pairing"("startedOn");

-- CreateIndex
CREATE INDEX "Pairing_closedOn_idx" ON "Pairing"("closedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Pairing_roundId_menteeId_key" ON "Pairing"("roundId", "menteeId");

-- CreateIndex
CREATE INDEX "PairingGoal_pairingId_idx" ON "PairingGoal"("pairingId");

-- CreateIndex
CREATE INDEX "PairingMeeting_pairingId_heldOn_idx" ON "PairingMeeting"("pairingId", "heldOn");

-- CreateIndex
CREATE UNIQUE INDEX "PairingCheckIn_pairingId_authorId_key" ON "PairingCheckIn"("pairingId", "authorId");

-- CreateIndex
CREATE INDEX "PairingFeedback_createdAt_idx" ON "PairingFeedback"("createdAt");

-- CreateIndex
CREATE INDEX "PairingFeedback_rematchRequested_rematchResolvedAt_idx" ON "PairingFeedback"("rematchRequested", "rematchResolvedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PairingFeedback_pairingId_authorId_key" ON "PairingFeedback"("pairingId", "authorId");

-- CreateIndex
CREATE INDEX "MatchingRound_status_idx" ON "MatchingRound"("status");

-- CreateIndex
CREATE UNIQUE INDEX "MatchingRoundEntry_roundId_menteeId_key" ON "MatchingRoundEntry"("roundId", "menteeId");

-- CreateIndex
CREATE UNIQUE INDEX "Coach_staffId_key" ON "Coach"("staffId");

-- CreateIndex
CREATE INDEX "CoachingRequest_coachId_status_idx" ON "CoachingRequest"("coachId", "status");

-- CreateIndex
CREATE INDEX "CoachingRequest_coacheeId_idx" ON "CoachingRequest"("coacheeId");

-- CreateIndex
CREATE INDEX "CoachingSession_heldOn_idx" ON "CoachingSession"("heldOn");

-- CreateIndex
CREATE INDEX "CoachingSession_coachId_heldOn_idx" ON "CoachingSession"("coachId", "heldOn");

-- CreateIndex
CREATE INDEX "Requirement_courseId_idx" ON "Requirement"("courseId");

-- CreateIndex
CREATE INDEX "RequirementExemption_staffId_idx" ON "RequirementExemption"("staffId");

-- CreateIndex
CREATE UNIQUE INDEX "RequirementExemption_requirementId_staffId_key" ON "RequirementExemption"("requirementId", "staffId");

-- CreateIndex
CREATE INDEX "StaffPlacementChange_staffId_field_id_idx" ON "StaffPlacementChange"("staffId", "field", "id");

-- CreateIndex
CREATE INDEX "_MentorExpertise_B_index" ON "_MentorExpertise"("B");

-- CreateIndex
CREATE INDEX "_MenteeGoals_B_index" ON "_MenteeGoals"("B");

-- CreateIndex
CREATE INDEX "Enrollment_sessionId_state_idx" ON "Enrollment"("sessionId", "state");

-- CreateIndex
CREATE INDEX "MentorProfile_listed_idx" ON "MentorProfile"("listed");

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_mediaAssetId_fkey" FOREIGN KEY ("mediaAssetId") REFERENCES "MediaAsset"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrollment" ADD CONSTRAINT "Enrollment_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CourseSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseSession" ADD CONSTRAINT "CourseSession_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseSession" ADD CONSTRAINT "CourseSession_trainerId_fkey" FOREIGN KEY ("trainerId") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionDay" ADD CONSTRAINT "SessionDay_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CourseSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionAttendance" ADD CONSTRAINT "SessionAttendance_enrollmentId_fkey" FOREIGN KEY ("enrollmentId") REFERENCES "Enrollment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionAttendance" ADD CONSTRAINT "SessionAttendance_dayId_fkey" FOREIGN KEY ("dayId") REFERENCES "SessionDay"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalLearning" ADD CONSTRAINT "ExternalLearning_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalLearning" ADD CONSTRAINT "ExternalLearning_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalLearning" ADD CONSTRAINT "ExternalLearning_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaptionTrack" ADD CONSTRAINT "CaptionTrack_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "MediaAsset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VideoProgress" ADD CONSTRAINT "VideoProgress_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VideoProgress" ADD CONSTRAINT "VideoProgress_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VideoProgress" ADD CONSTRAINT "VideoProgress_progressId_fkey" FOREIGN KEY ("progressId") REFERENCES "CourseProgress"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MenteeProfile" ADD CONSTRAINT "MenteeProfile_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentoringRequest" ADD CONSTRAINT "MentoringRequest_menteeId_fkey" FOREIGN KEY ("menteeId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentoringRequest" ADD CONSTRAINT "MentoringRequest_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pairing" ADD CONSTRAINT "Pairing_menteeId_fkey" FOREIGN KEY ("menteeId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pairing" ADD CONSTRAINT "Pairing_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pairing" ADD CONSTRAINT "Pairing_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "MentoringRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pairing" ADD CONSTRAINT "Pairing_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "MatchingRound"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairingGoal" ADD CONSTRAINT "PairingGoal_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairingMeeting" ADD CONSTRAINT "PairingMeeting_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairingCheckIn" ADD CONSTRAINT "PairingCheckIn_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairingFeedback" ADD CONSTRAINT "PairingFeedback_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchingRoundEntry" ADD CONSTRAINT "MatchingRoundEntry_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "MatchingRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchingRoundEntry" ADD CONSTRAINT "MatchingRoundEntry_menteeId_fkey" FOREIGN KEY ("menteeId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Coach" ADD CONSTRAINT "Coach_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachingRequest" ADD CONSTRAINT "CoachingRequest_coacheeId_fkey" FOREIGN KEY ("coacheeId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachingRequest" ADD CONSTRAINT "CoachingRequest_coachId_fkey" FOREIGN KEY ("coachId") REFERENCES "Coach"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachingSession" ADD CONSTRAINT "CoachingSession_coachId_fkey" FOREIGN KEY ("coachId") REFERENCES "Coach"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachingSession" ADD CONSTRAINT "CoachingSession_coacheeId_fkey" FOREIGN KEY ("coacheeId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachingSession" ADD CONSTRAINT "CoachingSession_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "CoachingRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Requirement" ADD CONSTRAINT "Requirement_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementExemption" ADD CONSTRAINT "RequirementExemption_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "Requirement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementExemption" ADD CONSTRAINT "RequirementExemption_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffPlacementChange" ADD CONSTRAINT "StaffPlacementChange_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MentorExpertise" ADD CONSTRAINT "_MentorExpertise_A_fkey" FOREIGN KEY ("A") REFERENCES "ExpertiseArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MentorExpertise" ADD CONSTRAINT "_MentorExpertise_B_fkey" FOREIGN KEY ("B") REFERENCES "MentorProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MenteeGoals" ADD CONSTRAINT "_MenteeGoals_A_fkey" FOREIGN KEY ("A") REFERENCES "ExpertiseArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MenteeGoals" ADD CONSTRAINT "_MenteeGoals_B_fkey" FOREIGN KEY ("B") REFERENCES "MenteeProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
