-- AlterEnum
ALTER TYPE "ProposalStatus" ADD VALUE 'WITHDRAWN';

-- AlterEnum
ALTER TYPE "ThreadKind" ADD VALUE 'PROPOSAL';
