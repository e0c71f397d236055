import { tapClock } from "@/components/ui/tap-clock";

/** A v4 UUID; crypto.randomUUID exists only in secure contexts, so plain-http LANs get the fallback. */
export function uuid(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The identity of one write: its own id (a replay is applied once) and the moment of the tap (the
 * later tap wins when queued writes arrive out of order), read from the injected tap clock.
 */
export function newWrite(now: () => Date = tapClock): { clientId: string; clientTime: string } {
  return { clientId: uuid(), clientTime: now().toISOString() };
}
