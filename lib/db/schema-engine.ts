// Prisma's own schema (migration) engine, compiled to WASM. It speaks to the database through a driver
// adapter, so unlike the `prisma migrate` CLI it needs no engine download and works offline.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import type { OpenDatabase } from './connection.ts';

type Bindings = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');

let bindings: Promise<Bindings> | undefined;

/** The WASM module is instantiated once per process; engines are cheap after that. */
function loadBindings(): Promise<Bindings> {
  bindings ??= (async () => {
    const panics: string[] = [];
    // The engine reports a Rust panic through this global; without it the panic surfaces as an opaque TypeError.
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
      set_message(message: string) {
        panics.push(message);
      },
    };
    const bg: Bindings = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm')), 'schema_engine_bg.wasm');
    const wasmModule = new WebAssembly.Module(fs.readFileSync(wasmPath));
    const instance = new WebAssembly.Instance(wasmModule, { './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
    return bg;
  })();
  return bindings;
}

export const SCHEMA_PATH = 'prisma/schema.prisma';

/** The database's own adapter factory, with its executeScript replaced by the database's runScript. */
function withAtomicScripts(database: OpenDatabase): SqlMigrationAwareDriverAdapterFactory {
  const wrap = (adapter: SqlDriverAdapter): SqlDriverAdapter =>
    new Proxy(adapter, {
      get(target, property) {
        if (property === 'executeScript') return (sql: string) => database.runScript(sql);
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const inner = database.factory;
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => wrap(await inner.connect()),
    connectToShadowDb: async () => wrap(await inner.connectToShadowDb()),
  };
}

export async function withSchemaEngine<T>(
  database: OpenDatabase,
  schemaText: string,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const bg = await loadBindings();
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schemaText]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(withAtomicScripts(database)),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };
