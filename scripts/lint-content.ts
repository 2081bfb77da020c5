/**
 * `npm run lint:content`: runs the content linter (src/lib/content-lint/) and prints one line per problem,
 * `file:line: message — fix`; exits 1 when there is any.
 *
 *   node scripts/lint-content.ts                       everything under content/
 *   node scripts/lint-content.ts content/explanations  only these files or folders
 *   node scripts/lint-content.ts --content DIR …       take the glossary and sources from DIR (default content/)
 *
 * What a file is follows from its path: …/sources/*.yaml, …/glossary/*.yaml, …/rejected-wordings.yaml,
 * …/{guidelines,notes,explanations,checks}/{en,sl,sr}/*.mdx and …/protocol/{en,sl,sr}/*.md (the Protocol's text: only
 * Latin letters in Serbian are checked). The glossary's `avoid:` lists and the rejected wordings are always read from
 * the content folder.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import {
  avoidedWordings,
  rejectedWordings,
  rejectedWordingsProblems,
  formatProblem,
  languages,
  lintConcept,
  lintSerbianInYaml,
  lintPage,
  lintSource,
  type ConceptFacts,
  type Language,
  type PageKind,
  type Problem,
  type RejectedWording,
  type SourceFacts,
} from '../src/lib/content-lint/index.ts';

type FileKind = { kind: 'source' } | { kind: 'glossary' } | { kind: 'rejected-wordings' } | { kind: 'page'; page: PageKind; language: Language };

/** The wordings a translation choice rejected that are no glossary concept: one file at the top of content/. */
const REJECTED_WORDINGS = 'rejected-wordings.yaml';

/** What a file is, from its path; undefined for files the linter does not read (README.md …). */
export function classify(path: string): FileKind | undefined {
  const parts = path.split(/[\\/]/);
  const name = parts.at(-1) ?? '';
  const parent = parts.at(-2);
  const collection = parts.at(-3);
  if (name.endsWith('.yaml') && parent === 'sources') return { kind: 'source' };
  if (name.endsWith('.yaml') && parent === 'glossary') return { kind: 'glossary' };
  if (name === REJECTED_WORDINGS) return { kind: 'rejected-wordings' };
  if (!(languages as readonly string[]).includes(parent ?? '')) return undefined;
  const language = parent as Language;
  if (name.endsWith('.mdx') && (collection === 'guidelines' || collection === 'notes' || collection === 'checks' || collection === 'pages')) return { kind: 'page', page: 'guidance', language };
  if (name.endsWith('.mdx') && collection === 'explanations') return { kind: 'page', page: 'explanation', language };
  if (name.endsWith('.md') && collection === 'protocol') return { kind: 'page', page: 'protocol', language };
  return undefined;
}

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((entry) => filesUnder(join(path, entry)));
}

const display = (path: string) => relative(process.cwd(), path).split(sep).join('/');
const yamlFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(dir, f)) : []);

function readSource(path: string): SourceFacts {
  const data = (parse(readFileSync(path, 'utf8')) ?? {}) as Record<string, unknown>;
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : undefined);
  const about = data['about'] as Record<string, unknown> | undefined;
  return {
    key: basename(path, '.yaml'),
    title: text('title'),
    language: text('language'),
    via: text('via'),
    describedAs: data['describedAs'] !== undefined,
    about: typeof about?.['en'] === 'string' ? about['en'] : undefined,
    editorsNote: text('editorsNote'),
  };
}

function readConcept(path: string): ConceptFacts | undefined {
  const data = parse(readFileSync(path, 'utf8')) as Record<string, ConceptFacts['en'] | undefined> | null;
  if (!data || !data.en || !data.sl || !data.sr) return undefined; // the build names a missing language
  return { id: basename(path, '.yaml'), en: data.en, sl: data.sl, sr: data.sr };
}

export function lintFiles(paths: readonly string[], contentDir = 'content'): { problems: Problem[]; files: number } {
  const files = paths.flatMap(filesUnder).filter((path) => classify(path) !== undefined);
  const sources = new Map<string, SourceFacts>();
  for (const path of [...yamlFiles(join(contentDir, 'sources')), ...files.filter((f) => classify(f)?.kind === 'source')]) {
    const source = readSource(path);
    sources.set(source.key, source);
  }
  const concepts = yamlFiles(join(contentDir, 'glossary'))
    .map(readConcept)
    .filter((c): c is ConceptFacts => c !== undefined);
  const rejectedFile = join(contentDir, REJECTED_WORDINGS);
  const rejected = existsSync(rejectedFile) ? parse(readFileSync(rejectedFile, 'utf8')) : null;
  const readable = rejectedWordingsProblems(display(rejectedFile), '', rejected).length === 0;
  const rejectedList = readable && rejected ? rejectedWordings(display(rejectedFile), rejected as Partial<Record<Language, RejectedWording[]>>) : [];
  const context = { avoided: [...avoidedWordings(concepts), ...rejectedList], sources };

  const problems: Problem[] = [];
  for (const path of files) {
    const kind = classify(path)!;
    const file = display(path);
    const text = readFileSync(path, 'utf8');
    if (kind.kind === 'source') problems.push(...lintSource(file, text, readSource(path), sources), ...lintSerbianInYaml(file, text));
    else if (kind.kind === 'rejected-wordings') problems.push(...rejectedWordingsProblems(file, text, parse(text)));
    else if (kind.kind === 'glossary') {
      const concept = readConcept(path);
      if (concept) problems.push(...lintConcept(file, text, concept));
      problems.push(...lintSerbianInYaml(file, text));
    } else problems.push(...lintPage(file, text, kind.language, context, kind.page));
  }
  return { problems, files: files.length };
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  let contentDir = 'content';
  const at = args.indexOf('--content');
  if (at >= 0) {
    contentDir = args[at + 1] ?? contentDir;
    args.splice(at, 2);
  }
  const { problems, files } = lintFiles(args.length ? args : [contentDir], contentDir);
  for (const problem of problems) console.log(formatProblem(problem));
  if (problems.length) {
    console.error(`\ncontent lint: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${new Set(problems.map((p) => p.file)).size} of ${files} files (rules: content/README.md, "Content linter")`);
    process.exit(1);
  }
  console.error(`content lint: ${files} files, no problems`);
}
