-- CreateTable
CREATE TABLE "TeamReminder" (
    "id" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "requirementId" TEXT NOT NULL,
    "sentById" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TeamReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TeamReminder_requestId_key" ON "TeamReminder"("requestId");

-- CreateIndex
CREATE INDEX "TeamReminder_staffId_requirementId_sentAt_idx" ON "TeamReminder"("staffId", "requirementId", "sentAt");
