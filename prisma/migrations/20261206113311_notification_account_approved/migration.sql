-- AlterEnum
ALTER TYPE "NotificationType" ADD VALUE 'ACCOUNT_APPROVED';
