-- Quizzes that measure knowledge (issue 11): question pools drawn per attempt, attempts per completion cycle with a
-- waiting time (course settings), attempts granted by L&D, and "lessons before the quiz".

-- AlterTable: the quiz rules are course settings (not versioned content)
ALTER TABLE "Course" ADD COLUMN     "lessonsBeforeQuiz" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "quizAttempts" INTEGER,
ADD COLUMN     "quizWaitHours" INTEGER;

-- The attempt limit moves from the quiz lesson to its course: keep the most lenient limit any version of the course
-- had, so nobody under way loses an attempt.
UPDATE "Course" c SET "quizAttempts" = l."max"
FROM (
  SELECT v."courseId", MAX(l."maxAttempts") AS "max"
  FROM "Lesson" l JOIN "CourseVersion" v ON v."id" = l."versionId"
  WHERE l."kind" = 'QUIZ' AND l."maxAttempts" IS NOT NULL
  GROUP BY v."courseId"
) l
WHERE l."courseId" = c."id";

-- The mandatory courses' defaults: 3 attempts, then wait 24 hours for the next 3; the quiz opens after the lessons.
UPDATE "Course" SET "quizAttempts" = COALESCE("quizAttempts", 3), "quizWaitHours" = 24, "lessonsBeforeQuiz" = true
WHERE "mandatory" = true;

-- AlterTable
ALTER TABLE "Lesson" DROP COLUMN "maxAttempts",
ADD COLUMN     "drawCount" INTEGER;

-- AlterTable: an attempt is stored when it starts (what was drawn and shown) and completed when submitted
ALTER TABLE "QuizAttempt" ADD COLUMN     "optionIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "questionIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ALTER COLUMN "submissionId" DROP NOT NULL,
ALTER COLUMN "correctCount" DROP NOT NULL,
ALTER COLUMN "score" DROP NOT NULL,
ALTER COLUMN "passed" SET DEFAULT false,
ALTER COLUMN "submittedAt" DROP NOT NULL;

-- Backfill the attempts made before: every question was shown, in the quiz's order, with its options in order.
UPDATE "QuizAttempt" SET "startedAt" = "submittedAt";

UPDATE "QuizAttempt" a SET "questionIds" = d."ids"
FROM (
  SELECT ans."attemptId", array_agg(q."id" ORDER BY q."position", q."id") AS "ids"
  FROM "QuizAnswer" ans JOIN "QuizQuestion" q ON q."id" = ans."questionId"
  GROUP BY ans."attemptId"
) d
WHERE d."attemptId" = a."id";

UPDATE "QuizAttempt" a SET "optionIds" = d."ids"
FROM (
  SELECT ans."attemptId", array_agg(o."id" ORDER BY q."position", q."id", o."position", o."id") AS "ids"
  FROM "QuizAnswer" ans
  JOIN "QuizQuestion" q ON q."id" = ans."questionId"
  JOIN "QuizOption" o ON o."questionId" = q."id"
  GROUP BY ans."attemptId"
) d
WHERE d."attemptId" = a."id";

-- CreateTable
CREATE TABLE "QuizAttemptGrant" (
    "id" TEXT NOT NULL,
    "progressId" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "grantedById" TEXT NOT NULL,
    "grantedAt" TIMESTAMP(3) NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "QuizAttemptGrant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "QuizAttemptGrant_progressId_lessonId_idx" ON "QuizAttemptGrant"("progressId", "lessonId");

-- AddForeignKey
ALTER TABLE "QuizAttemptGrant" ADD CONSTRAINT "QuizAttemptGrant_progressId_fkey" FOREIGN KEY ("progressId") REFERENCES "CourseProgress"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizAttemptGrant" ADD CONSTRAINT "QuizAttemptGrant_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizAttemptGrant" ADD CONSTRAINT "QuizAttemptGrant_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
