// Types of the parts of the Frictionless JavaScript library (`datapackage` on npm, which ships none)
// that tests/support/frictionless-reader.ts uses.
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
