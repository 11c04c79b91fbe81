-- AlterTable
ALTER TABLE "Challenge" ADD COLUMN     "kindChosen" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "revision" TEXT NOT NULL DEFAULT (gen_random_uuid())::text;

-- CreateIndex
CREATE UNIQUE INDEX "Challenge_revision_key" ON "Challenge"("revision");
