-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AuditAction" ADD VALUE 'ACCOUNT_SUSPENDED';
ALTER TYPE "AuditAction" ADD VALUE 'ACCOUNT_REACTIVATED';
ALTER TYPE "AuditAction" ADD VALUE 'DEPARTMENT_CHANGED';
ALTER TYPE "AuditAction" ADD VALUE 'STAFF_HANDED_OVER';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;
