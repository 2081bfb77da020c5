/**
 * libxml2's xmllint compiled to WebAssembly (npm `xmllint-wasm`): the parser of Debian's `xmllint`, with no system
 * package, on any machine with Node. It reads from memory only, so it never fetches a DTD or anything else.
 */
import { basename } from 'node:path';
import { validateXML, type XMLLintOptions } from 'xmllint-wasm';

/**
 * `xmllint --noout --nonet` on one document: xmllint's error output, each line naming the file and line, or '' when
 * the document is well-formed.
 */
export async function xmllintErrors(file: string, contents: string): Promise<string> {
  const name = basename(file); // the file as the WebAssembly file system holds it
  // Neither a schema nor a normalisation: only well-formedness, which the package's types do not foresee.
  const options = { xml: { fileName: name, contents }, modifyArguments: (args: string[]) => ['--nonet', ...args] } as unknown as XMLLintOptions;
  // Invalid documents resolve with valid: false or reject, depending on the exit code xmllint gives the error.
  const output = await validateXML(options).then((r) => (r.valid ? '' : r.rawOutput), (e: Error) => e.message);
  return output.replaceAll(`${name}:`, `${file}:`);
}

/** libxml2's version, as `xmllint --version` says it (21308 is 2.13.8). */
export async function libxml2Version(): Promise<string> {
  const options = { xml: '<v/>', modifyArguments: () => ['--version'] } as unknown as XMLLintOptions;
  const { rawOutput } = await validateXML(options);
  const number = Number(rawOutput.match(/libxml version (\d+)/)?.[1]);
  if (!number) throw new Error(`xmllint-wasm did not say its version: ${rawOutput}`);
  return `${Math.floor(number / 10000)}.${Math.floor(number / 100) % 100}.${number % 100}`;
}
