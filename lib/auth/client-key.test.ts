import { describe, expect, it } from "vitest";
import { pickClientAddress } from "./pick-client-address";
import { toClientKey } from "./to-client-key";

describe("client address keys", () => {
  it("keys IPv4 as is and IPv6 by its /64, so rotating the host bits does not make a new client", () => {
    expect(toClientKey("203.0.113.7")).toBe("203.0.113.7");
    expect(toClientKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(toClientKey("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(toClientKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(toClientKey("::ffff:198.51.100.9")).toBe("198.51.100.9");
    expect(toClientKey("[2001:db8:1:2::5]")).toBe("2001:db8:1:2::/64");
    expect(toClientKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(toClientKey("not-an-ip")).toBeNull();
    expect(toClientKey("")).toBeNull();
  });

  it("takes the address the trusted proxies saw, never what the client wrote to the left of it", () => {
    expect(pickClientAddress("6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(pickClientAddress("6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
    expect(pickClientAddress("203.0.113.7", 0)).toBe("203.0.113.7");
    expect(pickClientAddress("203.0.113.7", 3)).toBe("203.0.113.7");
    expect(pickClientAddress(null, 1)).toBeNull();
  });
});
