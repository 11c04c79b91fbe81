-- CreateEnum
CREATE TYPE "TrafficSource" AS ENUM ('ALERT', 'DIGEST', 'SEARCH', 'CASE', 'DIRECTORY', 'HOME', 'LIST', 'DIRECT');

-- AlterTable
ALTER TABLE "Interest" ADD COLUMN     "source" "TrafficSource";

-- CreateTable
CREATE TABLE "ChallengeView" (
    "challengeId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "visitor" TEXT NOT NULL,
    "source" "TrafficSource" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChallengeView_pkey" PRIMARY KEY ("challengeId","day","visitor")
);

-- CreateIndex
CREATE INDEX "ChallengeView_day_idx" ON "ChallengeView"("day");

-- AddForeignKey
ALTER TABLE "ChallengeView" ADD CONSTRAINT "ChallengeView_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;
