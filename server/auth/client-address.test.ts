import { expect, it } from "vitest";
import { clientAddressFrom } from "./client-address";

const headers = (init: Record<string, string>) => new Headers(init);

it("takes the first X-Forwarded-For hop only when TRUST_PROXY=1", () => {
  const forwarded = headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.2", "x-real-ip": "10.0.0.2" });
  expect(clientAddressFrom(forwarded, { TRUST_PROXY: "1" })).toBe("203.0.113.7");
  // Untrusted, a client could write any X-Forwarded-For and dodge the limits.
  expect(clientAddressFrom(forwarded, {})).toBe("10.0.0.2");
});

it("falls back to X-Real-IP, else unknown (null)", () => {
  expect(clientAddressFrom(headers({ "x-real-ip": " 198.51.100.4 " }), {})).toBe("198.51.100.4");
  expect(clientAddressFrom(headers({ "x-forwarded-for": "203.0.113.7" }), {})).toBeNull();
  expect(clientAddressFrom(headers({}), { TRUST_PROXY: "1" })).toBeNull();
});
