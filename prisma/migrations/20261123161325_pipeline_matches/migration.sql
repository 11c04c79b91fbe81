-- CreateEnum
CREATE TYPE "MatchStage" AS ENUM ('INTEREST', 'MATCHING', 'MEETING', 'FEASIBILITY', 'BUDGETED', 'DECLINED');

-- CreateEnum
CREATE TYPE "MatchOrigin" AS ENUM ('INTEREST', 'DIRECT_INQUIRY', 'INTRODUCTION');

-- CreateEnum
CREATE TYPE "MatchDeclineReason" AS ENUM ('NO_BUDGET', 'NOT_A_FIT', 'TIMING', 'CHOSE_OTHER', 'COMPANY_WITHDREW', 'NO_RESPONSE', 'OTHER');

-- CreateEnum
CREATE TYPE "BudgetStep" AS ENUM ('DEPARTMENT_DRAFT', 'FINANCE_HEARING', 'ASSEMBLY', 'VENDOR_SELECTION');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationType" ADD VALUE 'MATCH_STAGE_CHANGED';
ALTER TYPE "NotificationType" ADD VALUE 'MATCH_STALE';
ALTER TYPE "NotificationType" ADD VALUE 'BUDGET_STEP_REMINDER';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "dedupeKey" TEXT;

-- CreateTable
CREATE TABLE "Match" (
    "id" TEXT NOT NULL,
    "origin" "MatchOrigin" NOT NULL,
    "challengeId" TEXT,
    "interestId" TEXT,
    "threadId" TEXT,
    "municipalityId" TEXT NOT NULL,
    "departmentId" TEXT,
    "companyId" TEXT NOT NULL,
    "coordinatorId" TEXT,
    "stage" "MatchStage" NOT NULL DEFAULT 'INTEREST',
    "maxStageRank" INTEGER NOT NULL DEFAULT 0,
    "declineReason" "MatchDeclineReason",
    "declineNote" TEXT,
    "metDepartment" BOOLEAN NOT NULL DEFAULT false,
    "contentOrganized" BOOLEAN NOT NULL DEFAULT false,
    "nextAction" TEXT,
    "nextActionOn" DATE,
    "expectedBudget" BIGINT,
    "targetFiscalYear" INTEGER,
    "scheme" "CaseScheme",
    "internalNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "stageChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastActivityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Match_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatchStageChange" (
    "id" TEXT NOT NULL,
    "matchId" TEXT NOT NULL,
    "fromStage" "MatchStage",
    "toStage" "MatchStage" NOT NULL,
    "note" TEXT,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchStageChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaleSetting" (
    "stage" "MatchStage" NOT NULL,
    "days" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaleSetting_pkey" PRIMARY KEY ("stage")
);

-- CreateTable
CREATE TABLE "BudgetCalendarStep" (
    "municipalityId" TEXT NOT NULL,
    "step" "BudgetStep" NOT NULL,
    "startMonth" INTEGER NOT NULL,
    "endMonth" INTEGER NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BudgetCalendarStep_pkey" PRIMARY KEY ("municipalityId","step")
);

-- CreateIndex
CREATE UNIQUE INDEX "Match_interestId_key" ON "Match"("interestId");

-- CreateIndex
CREATE UNIQUE INDEX "Match_threadId_key" ON "Match"("threadId");

-- CreateIndex
CREATE INDEX "Match_stage_lastActivityAt_idx" ON "Match"("stage", "lastActivityAt");

-- CreateIndex
CREATE INDEX "Match_municipalityId_stage_idx" ON "Match"("municipalityId", "stage");

-- CreateIndex
CREATE INDEX "Match_companyId_idx" ON "Match"("companyId");

-- CreateIndex
CREATE INDEX "Match_coordinatorId_stage_idx" ON "Match"("coordinatorId", "stage");

-- CreateIndex
CREATE INDEX "Match_createdAt_idx" ON "Match"("createdAt");

-- CreateIndex
CREATE INDEX "Match_targetFiscalYear_idx" ON "Match"("targetFiscalYear");

-- CreateIndex
CREATE INDEX "MatchStageChange_matchId_createdAt_idx" ON "MatchStageChange"("matchId", "createdAt");

-- CreateIndex
CREATE INDEX "MatchStageChange_toStage_createdAt_idx" ON "MatchStageChange"("toStage", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_interestId_fkey" FOREIGN KEY ("interestId") REFERENCES "Interest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "Thread"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_coordinatorId_fkey" FOREIGN KEY ("coordinatorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchStageChange" ADD CONSTRAINT "MatchStageChange_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchStageChange" ADD CONSTRAINT "MatchStageChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetCalendarStep" ADD CONSTRAINT "BudgetCalendarStep_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
