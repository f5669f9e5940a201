-- AlterEnum
ALTER TYPE "ProposalStatus" ADD VALUE 'WITHDRAWN';
