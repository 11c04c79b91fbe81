-- CreateEnum
CREATE TYPE "ThemeCallStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ThemeCallAnswerStatus" AS ENUM ('SUBMITTED', 'MERGED', 'CHALLENGE');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('RECEIVED', 'ROUTED', 'REVIEWING', 'MEETING', 'ADOPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "ProposalCost" AS ENUM ('FREE_PILOT', 'PAID_PILOT', 'PAID', 'UNDECIDED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AuditAction" ADD VALUE 'DESK_ROLE_CHANGED';
ALTER TYPE "AuditAction" ADD VALUE 'STAFF_INVITED';
ALTER TYPE "AuditAction" ADD VALUE 'INVITATION_REVOKED';

-- AlterEnum
ALTER TYPE "MatchOrigin" ADD VALUE 'PROPOSAL';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationType" ADD VALUE 'THEME_CALL_ASKED';
ALTER TYPE "NotificationType" ADD VALUE 'THEME_CALL_ANSWERED';
ALTER TYPE "NotificationType" ADD VALUE 'THEME_CALL_QUESTION';
ALTER TYPE "NotificationType" ADD VALUE 'CHALLENGE_CONFIRM_REQUESTED';
ALTER TYPE "NotificationType" ADD VALUE 'STAFF_JOIN_REQUESTED';
ALTER TYPE "NotificationType" ADD VALUE 'PROPOSAL_RECEIVED';
ALTER TYPE "NotificationType" ADD VALUE 'PROPOSAL_ROUTED';
ALTER TYPE "NotificationType" ADD VALUE 'PROPOSAL_UPDATED';
ALTER TYPE "NotificationType" ADD VALUE 'PROPOSAL_OVERDUE';
ALTER TYPE "NotificationType" ADD VALUE 'MEETING_LOGGED';

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "isDesk" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "MatchMeeting" (
    "id" TEXT NOT NULL,
    "matchId" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "participants" TEXT NOT NULL,
    "memo" TEXT,
    "loggedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThemeCall" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "themeId" TEXT,
    "title" TEXT NOT NULL,
    "note" TEXT,
    "deadline" DATE NOT NULL,
    "status" "ThemeCallStatus" NOT NULL DEFAULT 'OPEN',
    "createdById" TEXT,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ThemeCall_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThemeCallAsk" (
    "id" TEXT NOT NULL,
    "callId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "remindedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ThemeCallAsk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThemeCallAnswer" (
    "id" TEXT NOT NULL,
    "callId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "authorId" TEXT,
    "trouble" TEXT NOT NULL,
    "tried" TEXT,
    "expectation" TEXT,
    "status" "ThemeCallAnswerStatus" NOT NULL DEFAULT 'SUBMITTED',
    "mergedIntoId" TEXT,
    "question" TEXT,
    "questionAt" TIMESTAMP(3),
    "challengeId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ThemeCallAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffInvitation" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "departmentId" TEXT,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "callId" TEXT,
    "invitedById" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "userId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "authorId" TEXT,
    "challengeId" TEXT,
    "sourceCaseId" TEXT,
    "title" TEXT NOT NULL,
    "problem" TEXT NOT NULL,
    "proposal" TEXT NOT NULL,
    "trackRecord" TEXT,
    "cost" "ProposalCost" NOT NULL,
    "costNote" TEXT,
    "asks" TEXT,
    "status" "ProposalStatus" NOT NULL DEFAULT 'RECEIVED',
    "departmentId" TEXT,
    "salesOnly" BOOLEAN NOT NULL DEFAULT false,
    "salesOnlyMarkedById" TEXT,
    "declineReason" TEXT,
    "firstAnsweredAt" TIMESTAMP(3),
    "dueAt" TIMESTAMP(3),
    "overdueNotifiedAt" TIMESTAMP(3),
    "matchId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalEvent" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "actorId" TEXT,
    "fromStatus" "ProposalStatus",
    "toStatus" "ProposalStatus",
    "note" TEXT,
    "visibleToCompany" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeskSetting" (
    "municipalityId" TEXT NOT NULL,
    "firstAnswerDays" INTEGER NOT NULL DEFAULT 10,
    "stepDays" INTEGER NOT NULL DEFAULT 20,
    "publicLog" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeskSetting_pkey" PRIMARY KEY ("municipalityId")
);

-- CreateTable
CREATE TABLE "_ProposalCases" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ProposalCases_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "MatchMeeting_matchId_heldOn_idx" ON "MatchMeeting"("matchId", "heldOn");

-- CreateIndex
CREATE INDEX "ThemeCall_municipalityId_status_deadline_idx" ON "ThemeCall"("municipalityId", "status", "deadline");

-- CreateIndex
CREATE INDEX "ThemeCallAsk_departmentId_idx" ON "ThemeCallAsk"("departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "ThemeCallAsk_callId_departmentId_key" ON "ThemeCallAsk"("callId", "departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "ThemeCallAnswer_challengeId_key" ON "ThemeCallAnswer"("challengeId");

-- CreateIndex
CREATE INDEX "ThemeCallAnswer_callId_departmentId_idx" ON "ThemeCallAnswer"("callId", "departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffInvitation_tokenHash_key" ON "StaffInvitation"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "StaffInvitation_userId_key" ON "StaffInvitation"("userId");

-- CreateIndex
CREATE INDEX "StaffInvitation_municipalityId_createdAt_idx" ON "StaffInvitation"("municipalityId", "createdAt");

-- CreateIndex
CREATE INDEX "StaffInvitation_email_idx" ON "StaffInvitation"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_matchId_key" ON "Proposal"("matchId");

-- CreateIndex
CREATE INDEX "Proposal_municipalityId_status_dueAt_idx" ON "Proposal"("municipalityId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Proposal_companyId_createdAt_idx" ON "Proposal"("companyId", "createdAt");

-- CreateIndex
CREATE INDEX "Proposal_departmentId_status_idx" ON "Proposal"("departmentId", "status");

-- CreateIndex
CREATE INDEX "ProposalEvent_proposalId_createdAt_idx" ON "ProposalEvent"("proposalId", "createdAt");

-- CreateIndex
CREATE INDEX "_ProposalCases_B_index" ON "_ProposalCases"("B");

-- AddForeignKey
ALTER TABLE "MatchMeeting" ADD CONSTRAINT "MatchMeeting_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchMeeting" ADD CONSTRAINT "MatchMeeting_loggedById_fkey" FOREIGN KEY ("loggedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeCall" ADD CONSTRAINT "ThemeCall_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeCall" ADD CONSTRAINT "ThemeCall_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeCall" ADD CONSTRAINT "ThemeCall_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeCallAsk" ADD CONSTRAINT "ThemeCallAsk_callId_fkey" FOREIGN KEY ("callId") REFERENCES "ThemeCall"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeCallAsk" ADD CONSTRAINT "ThemeCallAsk_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeCallAnswer" ADD CONSTRAINT "ThemeCallAnswer_callId_fkey" FOREIGN KEY ("callId") REFERENCES "ThemeCall"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeCallAnswer" ADD CONSTRAINT "ThemeCallAnswer_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeCallAnswer" ADD CONSTRAINT "ThemeCallAnswer_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeCallAnswer" ADD CONSTRAINT "ThemeCallAnswer_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "ThemeCallAnswer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeCallAnswer" ADD CONSTRAINT "ThemeCallAnswer_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffInvitation" ADD CONSTRAINT "StaffInvitation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffInvitation" ADD CONSTRAINT "StaffInvitation_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffInvitation" ADD CONSTRAINT "StaffInvitation_callId_fkey" FOREIGN KEY ("callId") REFERENCES "ThemeCall"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffInvitation" ADD CONSTRAINT "StaffInvitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffInvitation" ADD CONSTRAINT "StaffInvitation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_sourceCaseId_fkey" FOREIGN KEY ("sourceCaseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalEvent" ADD CONSTRAINT "ProposalEvent_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalEvent" ADD CONSTRAINT "ProposalEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeskSetting" ADD CONSTRAINT "DeskSetting_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ProposalCases" ADD CONSTRAINT "_ProposalCases_A_fkey" FOREIGN KEY ("A") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ProposalCases" ADD CONSTRAINT "_ProposalCases_B_fkey" FOREIGN KEY ("B") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Matches already flagged 「所管部署とMTG済」 keep it as a meeting entry: dated when the match first reached 商談
-- (or its last stage change), with a note that it was carried over from the flag.
INSERT INTO "MatchMeeting" ("id", "matchId", "heldOn", "participants", "memo", "createdAt")
SELECT 'mig' || md5(m."id"), m."id",
       COALESCE((SELECT min(c."createdAt") FROM "MatchStageChange" c WHERE c."matchId" = m."id" AND c."toStage" = 'MEETING'),
                m."stageChangedAt")::date,
       '所管部署', '「所管部署とMTG済」の記録から移行', now()
FROM "Match" m
WHERE m."metDepartment";
