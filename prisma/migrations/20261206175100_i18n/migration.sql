-- AlterTable
ALTER TABLE "Course" ADD COLUMN     "baseLocale" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Lesson" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "QuizOption" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "QuizQuestion" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Staff" ADD COLUMN     "localeChosen" BOOLEAN NOT NULL DEFAULT false;
UPDATE "Staff" SET "localeChosen" = true WHERE "locale" <> 'en';
