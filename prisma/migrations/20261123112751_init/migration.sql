-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('MUNICIPALITY', 'COMPANY', 'COORDINATOR_OFFICE');

-- CreateEnum
CREATE TYPE "MunicipalityType" AS ENUM ('PREFECTURE', 'DESIGNATED_CITY', 'CITY', 'TOWN', 'VILLAGE', 'SPECIAL_WARD');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('MUNICIPAL_STAFF', 'COMPANY_MEMBER', 'COORDINATOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "UserStatus" AS ENUM ('PENDING', 'ACTIVE', 'REJECTED', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "CaseScheme" AS ENUM ('DEMONSTRATION', 'COMPREHENSIVE_ALLIANCE', 'DISCRETIONARY_CONTRACT', 'PROPOSAL', 'TENDER', 'CORPORATE_FURUSATO', 'OTHER');

-- CreateEnum
CREATE TYPE "CaseOutcome" AS ENUM ('ONGOING', 'ADOPTED', 'COMPLETED', 'DISCONTINUED');

-- CreateEnum
CREATE TYPE "ChallengeKind" AS ENUM ('CONSULTATION', 'THEME_PROPOSAL', 'FREE_PROPOSAL', 'PRIVATE_CONSULTATION', 'PROGRAM');

-- CreateEnum
CREATE TYPE "ProgramKind" AS ENUM ('SOUNDING', 'BUSINESS_ATTRACTION', 'LOCAL_REVITALIZATION_ENTREPRENEUR', 'CORPORATE_FURUSATO');

-- CreateEnum
CREATE TYPE "ChallengeStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CLOSED');

-- CreateEnum
CREATE TYPE "BudgetStatus" AS ENUM ('NONE', 'CONSIDERING', 'SECURED');

-- CreateEnum
CREATE TYPE "ChallengeOffer" AS ENUM ('DATA', 'FACILITIES', 'FIELD_TRIAL', 'PR', 'NO_BUDGET_OK');

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "nameKana" TEXT,
    "lgCode" CHAR(6),
    "prefectureCode" CHAR(2),
    "municipalityType" "MunicipalityType",
    "corporateNumber" CHAR(13),
    "website" TEXT,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Department" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "UserRole" NOT NULL,
    "status" "UserStatus" NOT NULL DEFAULT 'ACTIVE',
    "locale" TEXT NOT NULL DEFAULT 'ja',
    "signupNote" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "reviewNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "departmentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Theme" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "scheme" "CaseScheme" NOT NULL,
    "outcome" "CaseOutcome" NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "startedOn" DATE,
    "endedOn" DATE,
    "figures" JSONB NOT NULL DEFAULT '[]',
    "links" JSONB NOT NULL DEFAULT '[]',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CasePartner" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT,
    "organizationId" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CasePartner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Challenge" (
    "id" TEXT NOT NULL,
    "kind" "ChallengeKind" NOT NULL,
    "programKind" "ProgramKind",
    "status" "ChallengeStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "situation" TEXT NOT NULL,
    "tried" TEXT,
    "affected" TEXT,
    "success" TEXT,
    "companyGain" TEXT,
    "offers" "ChallengeOffer"[],
    "offerNote" TEXT,
    "budgetStatus" "BudgetStatus",
    "budgetAmount" BIGINT,
    "budgetFiscalYear" INTEGER,
    "periodNote" TEXT,
    "municipalityId" TEXT NOT NULL,
    "departmentId" TEXT,
    "authorId" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Challenge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_CaseToTheme" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CaseToTheme_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ChallengeToTheme" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ChallengeToTheme_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_lgCode_key" ON "Organization"("lgCode");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_corporateNumber_key" ON "Organization"("corporateNumber");

-- CreateIndex
CREATE INDEX "Organization_kind_prefectureCode_idx" ON "Organization"("kind", "prefectureCode");

-- CreateIndex
CREATE INDEX "Organization_kind_name_idx" ON "Organization"("kind", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Department_organizationId_name_key" ON "Department"("organizationId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_status_role_idx" ON "User"("status", "role");

-- CreateIndex
CREATE INDEX "Membership_organizationId_idx" ON "Membership"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_organizationId_key" ON "Membership"("userId", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Theme_slug_key" ON "Theme"("slug");

-- CreateIndex
CREATE INDEX "Case_published_fiscalYear_idx" ON "Case"("published", "fiscalYear");

-- CreateIndex
CREATE INDEX "Case_municipalityId_idx" ON "Case"("municipalityId");

-- CreateIndex
CREATE INDEX "Case_scheme_idx" ON "Case"("scheme");

-- CreateIndex
CREATE INDEX "Case_outcome_idx" ON "Case"("outcome");

-- CreateIndex
CREATE INDEX "CasePartner_caseId_idx" ON "CasePartner"("caseId");

-- CreateIndex
CREATE INDEX "CasePartner_organizationId_idx" ON "CasePartner"("organizationId");

-- CreateIndex
CREATE INDEX "Challenge_status_kind_publishedAt_idx" ON "Challenge"("status", "kind", "publishedAt");

-- CreateIndex
CREATE INDEX "Challenge_municipalityId_status_idx" ON "Challenge"("municipalityId", "status");

-- CreateIndex
CREATE INDEX "Challenge_authorId_idx" ON "Challenge"("authorId");

-- CreateIndex
CREATE INDEX "_CaseToTheme_B_index" ON "_CaseToTheme"("B");

-- CreateIndex
CREATE INDEX "_ChallengeToTheme_B_index" ON "_ChallengeToTheme"("B");

-- AddForeignKey
ALTER TABLE "Department" ADD CONSTRAINT "Department_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CasePartner" ADD CONSTRAINT "CasePartner_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CasePartner" ADD CONSTRAINT "CasePartner_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CaseToTheme" ADD CONSTRAINT "_CaseToTheme_A_fkey" FOREIGN KEY ("A") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CaseToTheme" ADD CONSTRAINT "_CaseToTheme_B_fkey" FOREIGN KEY ("B") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ChallengeToTheme" ADD CONSTRAINT "_ChallengeToTheme_A_fkey" FOREIGN KEY ("A") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ChallengeToTheme" ADD CONSTRAINT "_ChallengeToTheme_B_fkey" FOREIGN KEY ("B") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;
