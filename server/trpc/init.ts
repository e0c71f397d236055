import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import { ServiceError, type ServiceErrorCode } from "../services/errors";
import type { TrpcContext } from "./context";
import { internalErrorMessage, reportInternalError } from "./internal-error";

const t = initTRPC.context<TrpcContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error, path, type }) {
    const cause = error.cause;
    // A stack never leaves the server, whatever the mode.
    const data = { ...shape.data, stack: undefined };
    if (error.code === "INTERNAL_SERVER_ERROR") {
      const requestId = reportInternalError({ error, path, type });
      return {
        ...shape,
        message: internalErrorMessage(requestId),
        data: { ...data, requestId, fieldErrors: undefined },
      };
    }
    return {
      ...shape,
      data: {
        ...data,
        requestId: undefined,
        // Field-by-field messages for forms; the top-level message stays human readable.
        fieldErrors: cause instanceof ZodError ? z.flattenError(cause).fieldErrors : undefined,
      },
    };
  },
});

const TRPC_CODE: Record<ServiceErrorCode, TRPCError["code"]> = {
  "not-found": "NOT_FOUND",
  forbidden: "FORBIDDEN",
  conflict: "CONFLICT",
  invalid: "BAD_REQUEST",
  "too-many-requests": "TOO_MANY_REQUESTS",
};

/** Turns a service's refusal into the matching tRPC error, so routers stay free of policy. */
const mapServiceErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof ServiceError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: TRPC_CODE[cause.code], message: cause.message, cause });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.use(mapServiceErrors);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.userId) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  return next({ ctx: { ...ctx, userId: ctx.userId } });
});
