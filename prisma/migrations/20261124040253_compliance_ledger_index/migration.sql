-- CreateIndex
CREATE INDEX "TrainingRecord_compliance_idx" ON "TrainingRecord"("courseId", "status", "staffId", "endDate");
