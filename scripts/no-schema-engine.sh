#!/bin/sh
# Stands in for Prisma's native schema engine, which cannot be downloaded on offline machines.
echo "claimdesk: Prisma's native schema engine is not installed here. Use 'npm run db:migration -- <name>' to write a migration and 'npm run db:migrate' to apply it." >&2
exit 1
