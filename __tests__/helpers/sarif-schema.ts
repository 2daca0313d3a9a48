// The official SARIF 2.1.0 schema (OASIS, errata 01) for the tests that validate the product's SARIF
// against it. The schema is not part of the repository: it is looked for at $LLM_PHYSICS_SARIF_SCHEMA,
// then in the project's shared folder beside the checkout (../shared/schemas-external) or inside it
// (shared/schemas-external). Outside CI a missing schema skips those tests with a warning; under
// CI (CI=true) it is a failure, so that CI never passes without having validated the SARIF.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import AjvDraft04Import from "ajv-draft-04";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const FILE = "sarif-schema-2.1.0.json";

/** Where the schema was looked for, in order. */
export const sarifSchemaCandidates: readonly string[] = [
  ...(process.env.LLM_PHYSICS_SARIF_SCHEMA ? [resolve(process.env.LLM_PHYSICS_SARIF_SCHEMA)] : []),
  join(repoRoot, "..", "shared", "schemas-external", FILE),
  join(repoRoot, "shared", "schemas-external", FILE),
];

/** The schema's path, or undefined when none of the candidates exists. */
export const sarifSchemaPath: string | undefined = sarifSchemaCandidates.find((path) => existsSync(path));

/** Under CI the schema must be there: the availability test fails instead of skipping. */
export const sarifSchemaRequired = process.env.CI === "true";

/** Why the schema tests cannot run, or null when they can. */
export const sarifSchemaMissing: string | null =
  sarifSchemaPath === undefined ? `the official SARIF 2.1.0 schema was not found (looked at ${sarifSchemaCandidates.join(", ")})` : null;

type Validate = ((data: unknown) => boolean) & { errors?: unknown };
type AjvDraft04Class = new (options: Record<string, unknown>) => { compile(schema: object): Validate };
// ajv-draft-04 is CommonJS: under NodeNext the default import is the module object, whose `default` is the class.
const AjvDraft04 = ((AjvDraft04Import as unknown as { default?: AjvDraft04Class }).default ?? AjvDraft04Import) as unknown as AjvDraft04Class;

/** A validator compiled from the official schema (draft-04, formats not checked, every error reported). */
export function officialSarifValidator(): Validate {
  if (sarifSchemaPath === undefined) throw new Error(sarifSchemaMissing ?? "no SARIF schema");
  const schema = JSON.parse(readFileSync(sarifSchemaPath, "utf8")) as object;
  return new AjvDraft04({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
}

if (sarifSchemaMissing !== null && !sarifSchemaRequired) console.warn(`skipping SARIF schema validation: ${sarifSchemaMissing}`);
