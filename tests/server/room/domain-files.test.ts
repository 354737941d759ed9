import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contract } from "../../../src/api/contract";
import { handlers } from "../../../src/server/room/commands";

// One file per domain at each layer: src/api/methods/<name>.ts declares the methods,
// src/server/room/commands/<name>.ts handles exactly those, src/core/<name>-inputs.ts (when
// there is one) holds their inputs.
const root = join(__dirname, "../../..");
const methodsDir = join(root, "src/api/methods");
const commandsDir = join(root, "src/server/room/commands");
const NOT_A_DOMAIN = new Set(["define", "index"]);

function domainFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => e.name.slice(0, -".ts".length))
    .filter((name) => !NOT_A_DOMAIN.has(name))
    .sort();
}

/** The one map a domain file exports (`…Methods` or `…Handlers`): its method names. */
async function methodNamesOf(file: string, suffix: "Methods" | "Handlers"): Promise<string[]> {
  const mod = (await import(file)) as Record<string, unknown>;
  const maps = Object.entries(mod).filter(([key, value]) => key.endsWith(suffix) && typeof value === "object" && value !== null);
  expect(maps.map(([key]) => key), `${file} exports one map of ${suffix.toLowerCase()}`).toHaveLength(1);
  return Object.keys(maps[0]![1] as object).sort();
}

const prefixOf = (method: string) => method.slice(0, method.indexOf("."));

describe("each domain's files at each layer", () => {
  it("are named alike: every method file has a handler file of the same name, and the other way round", () => {
    expect(domainFiles(commandsDir)).toEqual(domainFiles(methodsDir));
  });

  it("hold the same methods: a command file handles exactly its method file's methods", async () => {
    for (const name of domainFiles(methodsDir)) {
      const declared = await methodNamesOf(join(methodsDir, `${name}.ts`), "Methods");
      const handled = await methodNamesOf(join(commandsDir, `${name}.ts`), "Handlers");
      expect(declared.length, `${name} declares methods`).toBeGreaterThan(0);
      expect(handled, `server/room/commands/${name}.ts handles what api/methods/${name}.ts declares`).toEqual(declared);
    }
  });

  it("cover every method prefix of the contract: each method is declared in one method file and handled in the file named alike", async () => {
    const fileOf = new Map<string, string>();
    for (const name of domainFiles(methodsDir)) {
      for (const method of await methodNamesOf(join(methodsDir, `${name}.ts`), "Methods")) {
        expect(fileOf.get(method), `${method} is declared once`).toBeUndefined();
        fileOf.set(method, name);
      }
    }
    expect([...fileOf.keys()].sort()).toEqual(Object.keys(contract).sort());
    const prefixes = new Set(Object.keys(contract).map(prefixOf));
    for (const prefix of prefixes) {
      const files = new Set(Object.keys(contract).filter((m) => prefixOf(m) === prefix).map((m) => fileOf.get(m)!));
      for (const name of files) {
        const handled = await methodNamesOf(join(commandsDir, `${name}.ts`), "Handlers");
        const declared = [...fileOf].filter(([method, file]) => file === name && prefixOf(method) === prefix).map(([method]) => method);
        expect(handled, `${prefix}.* of ${name}.ts handled in commands/${name}.ts`).toEqual(expect.arrayContaining(declared));
      }
    }
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });

  it("name core's inputs after their method file: src/core/<name>-inputs.ts only where api/methods/<name>.ts is", () => {
    const methodFiles = new Set(domainFiles(methodsDir));
    const inputs = readdirSync(join(root, "src/core"))
      .filter((f) => f.endsWith("-inputs.ts"))
      .map((f) => f.slice(0, -"-inputs.ts".length));
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.filter((name) => !methodFiles.has(name))).toEqual([]);
  });
});
