-- AlterEnum
ALTER TYPE "NotificationType" ADD VALUE 'INTRODUCTION_APPROVED';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "data" JSONB;
