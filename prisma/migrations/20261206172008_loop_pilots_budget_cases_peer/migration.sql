-- CreateEnum
CREATE TYPE "FundingSource" AS ENUM ('GENERAL_FUND', 'NATIONAL_GRANT', 'CORPORATE_FURUSATO', 'FREE_OR_COMPANY');

-- CreateEnum
CREATE TYPE "ProcurementRoute" AS ENUM ('DISCRETIONARY', 'PROPOSAL', 'TENDER', 'AGREEMENT');

-- CreateEnum
CREATE TYPE "CaseApproval" AS ENUM ('DRAFT', 'REQUESTED', 'APPROVED', 'CHANGES_REQUESTED');

-- CreateEnum
CREATE TYPE "PilotStatus" AS ENUM ('PLANNING', 'AGREED', 'ENDED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PeerQuestionStatus" AS ENUM ('OPEN', 'ANSWERED', 'CLOSED');

-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'CASE_APPROVED_BY_COMPANY';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationType" ADD VALUE 'PILOT_UPDATED';
ALTER TYPE "NotificationType" ADD VALUE 'PILOT_REVIEW_DUE';
ALTER TYPE "NotificationType" ADD VALUE 'CASE_APPROVAL_REQUESTED';
ALTER TYPE "NotificationType" ADD VALUE 'CASE_APPROVAL_ANSWERED';
ALTER TYPE "NotificationType" ADD VALUE 'PEER_MESSAGE';

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "approvalAnsweredAt" TIMESTAMP(3),
ADD COLUMN     "approvalComment" TEXT,
ADD COLUMN     "approvalRequestedAt" TIMESTAMP(3),
ADD COLUMN     "approvedById" TEXT,
ADD COLUMN     "approvedVersion" INTEGER,
ADD COLUMN     "budgetAmount" BIGINT,
ADD COLUMN     "companyApproval" "CaseApproval",
ADD COLUMN     "contentVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "matchId" TEXT,
ADD COLUMN     "pilotId" TEXT;

-- AlterTable
ALTER TABLE "Challenge" ADD COLUMN     "sourceCaseId" TEXT;

-- AlterTable
ALTER TABLE "Match" ADD COLUMN     "fundingName" TEXT,
ADD COLUMN     "fundingSource" "FundingSource",
ADD COLUMN     "procurementRoute" "ProcurementRoute",
ADD COLUMN     "sourceCaseId" TEXT;

-- CreateTable
CREATE TABLE "Pilot" (
    "id" TEXT NOT NULL,
    "matchId" TEXT NOT NULL,
    "status" "PilotStatus" NOT NULL DEFAULT 'PLANNING',
    "title" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "cityProvides" TEXT NOT NULL,
    "companyProvides" TEXT NOT NULL,
    "costFree" BOOLEAN NOT NULL DEFAULT true,
    "costAmount" BIGINT,
    "costNote" TEXT,
    "midReviewOn" DATE,
    "endReviewOn" DATE NOT NULL,
    "cityNote" TEXT,
    "companyNote" TEXT,
    "cityAgreedAt" TIMESTAMP(3),
    "cityAgreedById" TEXT,
    "companyAgreedAt" TIMESTAMP(3),
    "companyAgreedById" TEXT,
    "midReviewedAt" TIMESTAMP(3),
    "midReviewNote" TEXT,
    "endReviewedAt" TIMESTAMP(3),
    "endReviewNote" TEXT,
    "cancelReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Pilot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PilotCriterion" (
    "id" TEXT NOT NULL,
    "pilotId" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "label" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "baseline" TEXT,
    "met" BOOLEAN,
    "result" TEXT,

    CONSTRAINT "PilotCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeerQuestion" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "fromMunicipalityId" TEXT NOT NULL,
    "toMunicipalityId" TEXT NOT NULL,
    "askerId" TEXT,
    "subject" TEXT NOT NULL,
    "status" "PeerQuestionStatus" NOT NULL DEFAULT 'OPEN',
    "lastMessageAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PeerQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeerMessage" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "authorId" TEXT,
    "municipalityId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PeerMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Pilot_matchId_status_idx" ON "Pilot"("matchId", "status");

-- CreateIndex
CREATE INDEX "Pilot_status_endReviewOn_idx" ON "Pilot"("status", "endReviewOn");

-- CreateIndex
CREATE INDEX "Pilot_status_midReviewOn_idx" ON "Pilot"("status", "midReviewOn");

-- CreateIndex
CREATE INDEX "PilotCriterion_pilotId_sortOrder_idx" ON "PilotCriterion"("pilotId", "sortOrder");

-- CreateIndex
CREATE INDEX "PeerQuestion_toMunicipalityId_lastMessageAt_idx" ON "PeerQuestion"("toMunicipalityId", "lastMessageAt");

-- CreateIndex
CREATE INDEX "PeerQuestion_fromMunicipalityId_lastMessageAt_idx" ON "PeerQuestion"("fromMunicipalityId", "lastMessageAt");

-- CreateIndex
CREATE INDEX "PeerQuestion_caseId_idx" ON "PeerQuestion"("caseId");

-- CreateIndex
CREATE INDEX "PeerMessage_questionId_createdAt_idx" ON "PeerMessage"("questionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Case_matchId_key" ON "Case"("matchId");

-- CreateIndex
CREATE INDEX "Challenge_sourceCaseId_idx" ON "Challenge"("sourceCaseId");

-- CreateIndex
CREATE INDEX "Match_sourceCaseId_idx" ON "Match"("sourceCaseId");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_pilotId_fkey" FOREIGN KEY ("pilotId") REFERENCES "Pilot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_sourceCaseId_fkey" FOREIGN KEY ("sourceCaseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_sourceCaseId_fkey" FOREIGN KEY ("sourceCaseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pilot" ADD CONSTRAINT "Pilot_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pilot" ADD CONSTRAINT "Pilot_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PilotCriterion" ADD CONSTRAINT "PilotCriterion_pilotId_fkey" FOREIGN KEY ("pilotId") REFERENCES "Pilot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerQuestion" ADD CONSTRAINT "PeerQuestion_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerQuestion" ADD CONSTRAINT "PeerQuestion_fromMunicipalityId_fkey" FOREIGN KEY ("fromMunicipalityId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerQuestion" ADD CONSTRAINT "PeerQuestion_toMunicipalityId_fkey" FOREIGN KEY ("toMunicipalityId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerQuestion" ADD CONSTRAINT "PeerQuestion_askerId_fkey" FOREIGN KEY ("askerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerMessage" ADD CONSTRAINT "PeerMessage_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "PeerQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerMessage" ADD CONSTRAINT "PeerMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
