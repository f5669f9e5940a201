// Creates an account with a one-time password, returned once and never stored in clear.
import "server-only";
import { getDb } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { createAccountSchema } from "@/lib/auth/schemas";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { confirmActor } from "@/lib/auth/confirm-actor";
import { Prisma } from "@/generated/prisma/client";

/** An unused one-time password stops working this long after the account was created. */
export const ONE_TIME_PASSWORD_HOURS = 72;

export async function createAccount(actor: Actor | null, input: unknown, ctx: { ip?: string } = {}) {
  assertCan(actor, "account.create");
  const data = parseInput(createAccountSchema, input);
  const oneTimePassword = generatePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  try {
    const user = await getDb().$transaction(async (tx) => {
      await confirmActor(tx, actor, "account.create");
      const created = await tx.user.create({
        data: { ...data, passwordHash, createdById: actor.id, mustChangePassword: true, passwordExpiresAt: new Date((await databaseNow(tx)).getTime() + ONE_TIME_PASSWORD_HOURS * 3_600_000) },
        select: { id: true, email: true, name: true, role: true, isActive: true },
      });
      await writeAuditEvent(tx, { actorId: actor.id, action: "account.create", objectType: "User", objectId: created.id, after: { ...created, createdById: actor.id }, ip: ctx.ip });
      return created;
    });
    return { user, oneTimePassword };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "An account with this e-mail already exists.", { fieldErrors: { email: ["An account with this e-mail already exists."] } });
    }
    throw error;
  }
}
