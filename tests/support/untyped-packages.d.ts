// Types of the packages the tests use that ship none: the parts of the Frictionless JavaScript
// library (`datapackage`) that tests/support/frictionless-reader.ts uses, and `vnu-jar`, whose
// default export is the path of vnu.jar (tests/support/nu-checker.ts).
declare module 'datapackage' {
  export class Resource {
    readonly name: string;
    readonly tabular: boolean;
    readonly descriptor: Record<string, unknown>;
    read(options?: { keyed?: boolean; relations?: boolean; cast?: boolean }): Promise<Array<Record<string, unknown>>>;
    rawRead(): Promise<Uint8Array>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
    readonly descriptor: Record<string, unknown>;
  }
}

declare module 'vnu-jar' {
  /** The path of vnu.jar (a String object). */
  const jar: string;
  export default jar;
}
