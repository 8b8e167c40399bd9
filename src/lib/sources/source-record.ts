/** One paper as a source file gave it, before slugs and topics are decided. */
export interface SourceRecord {
  /** Title, cleaned to one line; never empty. */
  title: string;
  /** Abstract paragraphs, each folded onto one line; empty when there is none. */
  abstract: string[];
  /** Listing date as the source wrote it, when the source has one. */
  listed?: string;
  /** Path of the source file relative to the project root. */
  file: string;
  /** 1-based line of the record's first line (its title). */
  line: number;
}
