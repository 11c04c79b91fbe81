-- AlterTable
ALTER TABLE "SignupRequest" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'ja';
