/**
 * What a use case can refuse, in the domain's terms. The tRPC layer maps these to HTTP-ish
 * codes in one place, so services never import tRPC and routers never decide policy.
 */
export type ServiceErrorCode = "not-found" | "forbidden" | "conflict" | "invalid" | "too-many-requests";

export class ServiceError extends Error {
  constructor(
    readonly code: ServiceErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ServiceError";
  }
}

export const notFound = (what: string) => new ServiceError("not-found", `${what} was not found.`);
export const forbidden = (message = "You do not have access to this.") => new ServiceError("forbidden", message);
