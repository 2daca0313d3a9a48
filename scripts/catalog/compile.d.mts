/** Types of scripts/catalog/compile.mjs, for the tests that compile the catalog afresh. */
export declare const MODELS_DIR: string;
export declare const GENERATED_PATH: string;
export declare function folderNameOf(id: string): string;
export declare function readCatalogFolders(modelsDir?: string): Array<Record<string, unknown> & { id: string; aliases: string[]; config: Record<string, unknown> }>;
export declare function compileCatalog(modelsDir?: string): string;
