// Types for the parts of Adobe's structured-data validator and the extractor it reads (Web Auto Extractor) that
// lib/public/validators.int.test.ts uses; neither package ships any.
declare module "@adobe/structured-data-validator" {
  export type Issue = {
    rootType: string;
    dataFormat: "jsonld" | "microdata" | "rdfa";
    issueMessage: string;
    severity: "ERROR" | "WARNING";
    path?: { type?: string; property?: string; index?: number }[];
    fieldNames?: string[];
    location?: string;
    source?: string;
  };
  /** Checks extracted structured data against Google's rich-result rules and, given it, the schema.org vocabulary. */
  export default class Validator {
    constructor(schemaOrgJson?: object);
    validate(extracted: object): Promise<Issue[]>;
  }
}

declare module "@marbec/web-auto-extractor" {
  export type Extracted = {
    jsonld: Record<string, Record<string, unknown>[]>;
    microdata: Record<string, Record<string, unknown>[]>;
    rdfa: Record<string, Record<string, unknown>[]>;
    errors?: { format: string; message: string }[];
  };
  export default class WebAutoExtractor {
    constructor(options?: { addLocation?: boolean; embedSource?: ("rdfa" | "microdata")[] });
    parse(html: string): Extracted;
  }
}
