import { describe, expect, it } from "vitest";
import { compileTemplate, MISSING, NONE, TemplateError } from "../../src/engine/template.js";

const render = (template: string, context: unknown, redact?: (s: string) => string): string =>
  compileTemplate(template)(context, redact);

describe("template rendering", () => {
  it("interpolates paths", () => {
    expect(
      render("Agent {{agent.metadata.name}} uses {{item.name}}", {
        agent: { metadata: { name: "a" } },
        item: { name: "db" },
      }),
    ).toBe("Agent a uses db");
    expect(render("{{ item.name }}", { item: { name: "spaced" } })).toBe("spaced");
    expect(render("index {{index}}", { index: 0 })).toBe("index 0");
  });

  it("renders missing values as (missing) and empty lists as (none)", () => {
    expect(render("owner {{agent.metadata.owner}}", { agent: {} })).toBe(`owner ${MISSING}`);
    expect(render("x {{agent.x}}", { agent: { x: null } })).toBe(`x ${MISSING}`);
    expect(render("x {{agent.x}}", { agent: { x: [] } })).toBe(`x ${NONE}`);
    expect(render("x [{{agent.x}}]", { agent: { x: "" } })).toBe("x []");
    expect(render("x {{agent.x}}", { agent: { x: false } })).toBe("x false");
  });

  it("formats durations", () => {
    expect(render("{{params.t|duration}}", { params: { t: 3600 } })).toBe("1h");
    expect(render("{{params.t|duration}}", { params: { t: 183 * 86400 } })).toBe("183d");
    expect(render("{{params.t|duration}}", { params: { t: 90 } })).toBe("90s");
    expect(render("{{params.t|duration}}", { params: { t: "PT1H" } })).toBe("1h");
    expect(render("{{params.t|duration}}", { params: {} })).toBe(MISSING);
    expect(render("{{params.t|duration}}", { params: { t: "soon" } })).toBe("soon");
  });

  it("formats dates from epoch milliseconds", () => {
    expect(render("{{agent.d|date}}", { agent: { d: Date.UTC(2027, 2, 31) } })).toBe("2027-03-31");
    expect(render("{{agent.d|date}}", { agent: { d: 1e20 } })).toBe(MISSING);
    expect(render("{{agent.d|date}}", { agent: {} })).toBe(MISSING);
    expect(render("{{agent.d|date}}", { agent: { d: "2027-03-31" } })).toBe("2027-03-31");
  });

  it("joins lists, with or without the filter", () => {
    expect(render("{{item.actions|join}}", { item: { actions: ["read", "write"] } })).toBe("read, write");
    expect(render("{{item.actions}}", { item: { actions: ["read", "write"] } })).toBe("read, write");
    expect(render("{{item.actions|join}}", { item: { actions: [] } })).toBe(NONE);
    expect(render("{{item.actions|join}}", { item: { actions: "read" } })).toBe("read");
  });

  it("never dumps objects", () => {
    expect(render("{{agent.credentials}}", { agent: { credentials: { token: "abc" } } })).toBe("{…}");
    expect(render("{{agent.l}}", { agent: { l: [{ token: "abc" }, "x"] } })).toBe("{…}, x");
  });

  it("flattens control characters so a value cannot start a new line", () => {
    const out = render("name {{item.name}}", { item: { name: "x\n::error file=a::pwned\r\u2028y" } });
    expect(out).toBe("name x ::error file=a::pwned y");
    expect(out).not.toMatch(/[\n\r]/);
  });

  it("caps long values", () => {
    const out = render("{{item.name}}", { item: { name: "a".repeat(1000) } });
    expect(out.length).toBe(200);
    expect(out.endsWith("…")).toBe(true);
  });

  it("redacts a value before shortening it", () => {
    const secret = "s".repeat(300);
    const out = render("v {{item.v}}", { item: { v: `x${secret}` } }, (s) =>
      s.split(secret).join("[REDACTED]"),
    );
    expect(out).toBe("v x[REDACTED]");
  });

  it("does not read inherited properties", () => {
    expect(render("{{agent.toString}}", { agent: {} })).toBe(MISSING);
  });
});

describe("template compilation", () => {
  const bad: [string, RegExp][] = [
    ["{{item.name|upper}}", /unknown filter 'upper'/],
    ["{{item.__proto__}}", /'__proto__' is not allowed/],
    ["{{agent.constructor.name}}", /'constructor' is not allowed/],
    ["{{item.name", /without a closing/],
    ["{{ }}", /does not name a value/],
    ["{{a b}}", /does not name a value/],
    ["{{agnet.name}}", /unknown root 'agnet'/],
    ["{{params.nope}}", /parameter 'nope' is not declared/],
    ["{{vars.other}}", /'vars.other' is not defined/],
  ];

  it.each(bad)("refuses %s", (template, message) => {
    const scope = {
      roots: new Set(["agent", "item", "params", "vars"]),
      params: new Set(["max_token_ttl"]),
      vars: new Set(["count"]),
    };
    expect(() => compileTemplate(template, scope)).toThrow(TemplateError);
    expect(() => compileTemplate(template, scope)).toThrow(message);
  });
});
