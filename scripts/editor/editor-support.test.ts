// What an editor sees in VS Code: the YAML language server behind the Red Hat extension reads the
// `# yaml-language-server: $schema=…` header of a content file, then flags errors, completes field
// names and shows the French description on hover.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const server = createRequire(require.resolve('yaml-language-server'));
const { getLanguageService } = server('yaml-language-server/lib/umd/languageservice/yamlLanguageService.js');
const { TextDocument } = server('vscode-languageserver-textdocument');

const service = getLanguageService({
  schemaRequestService: async (uri: string) => readFileSync(fileURLToPath(uri), 'utf8'),
  workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).toString() },
});
service.configure({ validate: true, completion: true, hover: true, schemas: [] });

let version = 0;
/** An edition file as the editor has it open, at content/editions/2099.yaml (a new version per edit: the server caches by version). */
function edition(text: string) {
  return TextDocument.create(pathToFileURL(path.join(root, 'content/editions/2099.yaml')).toString(), 'yaml', ++version, text);
}

const real = readFileSync(path.join(root, 'content/editions/2023.yaml'), 'utf8');
const lineOf = (text: string, start: string) => text.split('\n').findIndex((line) => line.startsWith(start));

describe('VS Code support for content files', () => {
  it('reports nothing on a real edition file', async () => {
    expect(await service.doValidation(edition(real), false)).toEqual([]);
  });

  it('flags a misspelt field, a missing one and a wrong type while typing', async () => {
    const text = real.replace('year: 2023', 'year: "2023"').replace(/^event: /m, 'evnt: ');
    const messages = (await service.doValidation(edition(text), false)).map((d: { message: string }) => d.message);
    expect(messages).toEqual(
      expect.arrayContaining(['Missing property "event".', 'Incorrect type. Expected "integer".', 'Property evnt is not allowed.']),
    );
  });

  it('completes the names of the fields still missing', async () => {
    const text = real.replace(/^place: .*$/m, 'pl');
    const completion = await service.doComplete(edition(text), { line: lineOf(text, 'pl'), character: 2 }, false);
    expect(completion.items.map((item: { label: string }) => item.label)).toEqual(expect.arrayContaining(['place', 'candidatesCount']));
  });

  it('shows the French description of a field on hover', async () => {
    const hover = await service.doHover(edition(real), { line: lineOf(real, 'scheme:'), character: 2 });
    expect(hover.contents.value).toContain('Nom du barème (ex. niveaux-1-5, badge-bronze-argent-or)');
  });
});
