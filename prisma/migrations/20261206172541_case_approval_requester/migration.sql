-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "approvalRequestedById" TEXT;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_approvalRequestedById_fkey" FOREIGN KEY ("approvalRequestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
