import { describe, expect, it } from "vitest";
import { splitLinks } from "./linkify";

describe("splitLinks", () => {
  it("links http and https addresses and leaves the rest as text", () => {
    expect(splitLinks("See https://example.com/drill?x=1, then http://a.test.")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "https://example.com/drill?x=1", href: "https://example.com/drill?x=1" },
      { kind: "text", text: ", then " },
      { kind: "link", text: "http://a.test", href: "http://a.test/" },
      { kind: "text", text: "." },
    ]);
  });

  it("never links other schemes and keeps HTML as text", () => {
    const body = 'javascript:alert(1) data:text/html,<b>x</b> <a href="https://x.test">x</a> mailto:a@b.test';
    const parts = splitLinks(body);
    expect(parts.filter((part) => part.kind === "link").map((part) => part.href)).toEqual(["https://x.test/"]);
    expect(parts.map((part) => part.text).join("")).toBe(body);
    expect(parts[0]).toEqual({ kind: "text", text: 'javascript:alert(1) data:text/html,<b>x</b> <a href="' });
  });

  it("returns plain text untouched", () => {
    expect(splitLinks("3 x 8 felt easy")).toEqual([{ kind: "text", text: "3 x 8 felt easy" }]);
    expect(splitLinks("")).toEqual([]);
  });
});
