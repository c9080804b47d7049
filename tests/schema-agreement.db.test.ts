/**
 * Proves that prisma/schema.prisma and the database built by our SQL
 * migrations agree: tables, columns, types, nullability, enums, indexes and
 * foreign keys. Migrations are hand-applied SQL (Prisma's engine cannot be
 * downloaded everywhere), so this is what keeps the two from drifting.
 */
import { readFileSync } from "node:fs";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object";
  type: string;
  isList: boolean;
  isRequired: boolean;
  relationFromFields?: string[];
  relationToFields?: string[];
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  fields: { name: string; sortOrder?: "asc" | "desc" }[];
}
interface Dmmf {
  datamodel: { models: DmmfModel[]; enums: { name: string; values: { name: string }[] }[]; indexes: DmmfIndex[] };
}

// Hand-written in the migration because Prisma's schema language cannot
// express them; each is explained there.
const EXTRA_INDEXES = new Set([
  "Case_open_subject_key",
  "Case_open_priority_idx",
  "Case_open_waiting_idx",
  "Case_open_latest_idx",
  "Case_closed_idx",
  "Account_handle_trgm_idx",
  "JobPosting_title_trgm_idx",
]);

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  DateTime: "timestamp without time zone",
  Json: "jsonb",
  Float: "double precision",
};

const dmmf: Dmmf = JSON.parse(
  get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", readFileSync("prisma/schema.prisma", "utf8")]] })),
);
const models = dmmf.datamodel.models;
const tableOf = (m: DmmfModel) => m.dbName ?? m.name;
const columnOf = (f: DmmfField) => f.dbName ?? f.name;

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(async () => {
  await client.end();
});

describe("schema.prisma and the migrated database", () => {
  it("have the same tables", async () => {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
    );
    expect(rows.map((r) => r.table_name).sort()).toEqual(models.map(tableOf).sort());
  });

  it("have the same enums with the same values in order", async () => {
    const { rows } = await client.query<{ name: string; values: string[] }>(
      `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
       JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public'
       GROUP BY t.typname`,
    );
    const actual = Object.fromEntries(rows.map((r) => [r.name, r.values]));
    const expected = Object.fromEntries(dmmf.datamodel.enums.map((e) => [e.name, e.values.map((v) => v.name)]));
    expect(actual).toEqual(expected);
  });

  it.each(models.map((m) => [m.name, m] as const))(
    "%s has the same columns, types and nullability",
    async (_name, model) => {
      const { rows } = await client.query<{
        column_name: string;
        data_type: string;
        udt_name: string;
        is_nullable: string;
      }>(
        `SELECT column_name, data_type, udt_name, is_nullable FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name = $1`,
        [tableOf(model)],
      );
      const actual = Object.fromEntries(
        rows.map((r) => [
          r.column_name,
          {
            type:
              r.data_type === "USER-DEFINED" || r.data_type === "ARRAY" ? `${r.data_type}:${r.udt_name}` : r.data_type,
            nullable: r.is_nullable === "YES",
          },
        ]),
      );
      const expected = Object.fromEntries(
        model.fields
          .filter((f) => f.kind !== "object")
          .map((f) => {
            const base = f.kind === "enum" ? f.type : SCALAR_TYPES[f.type];
            if (!base) throw new Error(`No SQL type known for ${model.name}.${f.name} (${f.type})`);
            const type = f.isList
              ? `ARRAY:_${f.kind === "enum" ? f.type : base === "text" ? "text" : base}`
              : f.kind === "enum"
                ? `USER-DEFINED:${f.type}`
                : base;
            // Prisma creates list columns without NOT NULL.
            return [columnOf(f), { type, nullable: f.isList ? true : !f.isRequired }];
          }),
      );
      expect(actual).toEqual(expected);
    },
  );

  it("have the same indexes (columns, order and uniqueness)", async () => {
    const { rows } = await client.query<{
      name: string;
      table: string;
      unique: boolean;
      primary: boolean;
      columns: string[];
      partial: boolean;
    }>(
      `SELECT ic.relname AS name, tc.relname AS table, ix.indisunique AS unique, ix.indisprimary AS primary,
              ix.indpred IS NOT NULL AS partial,
              array(
                SELECT a.attname || CASE WHEN (ix.indoption[k.ord - 1] & 1) = 1 THEN ' desc' ELSE '' END
                FROM unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
                JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum
                ORDER BY k.ord
              )::text[] AS columns
       FROM pg_index ix
       JOIN pg_class ic ON ic.oid = ix.indexrelid
       JOIN pg_class tc ON tc.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = tc.relnamespace AND n.nspname = 'public'
       WHERE tc.relname <> '_prisma_migrations'`,
    );
    const describeIndex = (table: string, kind: string, columns: string[]) => `${table}(${columns.join(", ")}) ${kind}`;
    const actual = rows
      .filter((r) => !EXTRA_INDEXES.has(r.name))
      .map((r) => describeIndex(r.table, r.primary ? "id" : r.unique ? "unique" : "normal", r.columns))
      .sort();
    const byName = new Map(models.map((m) => [m.name, m]));
    const expected = dmmf.datamodel.indexes
      .map((ix) => {
        const model = byName.get(ix.model)!;
        const columns = ix.fields.map((f) => {
          const field = model.fields.find((mf) => mf.name === f.name)!;
          return columnOf(field) + (f.sortOrder === "desc" ? " desc" : "");
        });
        return describeIndex(tableOf(model), ix.type, columns);
      })
      .sort();
    expect(actual).toEqual(expected);
    // The documented extras exist too, so the list above is not hiding a missing one.
    expect(
      rows
        .filter((r) => EXTRA_INDEXES.has(r.name))
        .map((r) => r.name)
        .sort(),
    ).toEqual([...EXTRA_INDEXES].sort());
  });

  it("have the same foreign keys", async () => {
    const { rows } = await client.query<{ table: string; columns: string[]; target: string }>(
      `SELECT tc.relname AS table, ft.relname AS target,
              array(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns
       FROM pg_constraint c
       JOIN pg_class tc ON tc.oid = c.conrelid
       JOIN pg_class ft ON ft.oid = c.confrelid
       JOIN pg_namespace n ON n.oid = tc.relnamespace AND n.nspname = 'public'
       WHERE c.contype = 'f'`,
    );
    const actual = rows.map((r) => `${r.table}(${r.columns.join(",")}) -> ${r.target}`).sort();
    const byName = new Map(models.map((m) => [m.name, m]));
    const expected = models
      .flatMap((m) =>
        m.fields
          .filter((f) => f.kind === "object" && f.relationFromFields && f.relationFromFields.length > 0)
          .map((f) => {
            const cols = f.relationFromFields!.map((name) => columnOf(m.fields.find((x) => x.name === name)!));
            return `${tableOf(m)}(${cols.join(",")}) -> ${tableOf(byName.get(f.type)!)}`;
          }),
      )
      .sort();
    expect(actual).toEqual(expected);
  });
});
