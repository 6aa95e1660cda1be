-- DropIndex
DROP INDEX "TrainingRecord_report_idx";

-- CreateIndex
CREATE INDEX "TrainingRecord_report_idx" ON "TrainingRecord"("status", "endDate", "categoryId", "staffId", "trainingDays", "mode");
