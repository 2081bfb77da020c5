// citation-js ships no type declarations; the tests use this much of it.
declare module '@citation-js/core' {
  export interface CslItem {
    id?: string;
    type?: string;
    title?: string;
    language?: string;
    issued?: { 'date-parts'?: number[][] };
    URL?: string;
    [field: string]: unknown;
  }
  export class Cite {
    /** Parses any input format a loaded plugin knows (RIS, BibTeX, CSL-JSON …) into CSL items. */
    static async(data: unknown): Promise<Cite>;
    data: CslItem[];
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
