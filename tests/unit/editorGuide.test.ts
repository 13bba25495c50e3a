import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BODY_COMPONENTS } from '../../src/lib/content/bodyComponents.ts';
import { COLLECTIONS } from '../../src/lib/content/checkContent.ts';
import {
  checkPadanan,
  PADANAN_MESSAGES,
  UNREADABLE,
  YAML_MISTAKES,
} from '../../src/lib/content/padanan.ts';
import { fieldPaths } from '../../src/lib/content/schemaFields.ts';
import { guideFields } from '../../src/lib/cms/guideFields.ts';
import { dataProblems } from '../../src/lib/content/dataProblems.ts';
import { readFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { SCAFFOLD_HINTS } from '../../src/lib/content/scaffold.ts';
import { INDICATORS } from '../../src/lib/evaluation/indicators.ts';
import { ROOT } from '../setup/sites.ts';
import { guideExplains } from './support/guideMessages.ts';

const guide = readFileSync(path.join(ROOT, 'docs/panduan-editor.md'), 'utf8');
/** The part of the guide under "## Kolom <koleksi>", up to the next second-level heading. */
function section(collection: string): string {
  const start = guide.indexOf(`## Kolom ${collection}`);
  if (start < 0) return '';
  const end = guide.indexOf('\n## ', start + 1);
  return guide.slice(start, end < 0 ? undefined : end);
}

describe('panduan editor mengikuti skema', () => {
  it.each(Object.keys(COLLECTIONS))(
    'setiap kolom %s dijelaskan, dan tidak ada kolom karangan',
    (collection) => {
      const factory = COLLECTIONS[collection];
      const schema = factory?.({ image: () => ({}) as never } as never);
      expect(schema).toBeDefined();
      const fields = fieldPaths(schema as never);
      const text = section(collection);
      expect(text, `bagian "## Kolom ${collection}" tidak ada`).not.toBe('');
      const documented = [...text.matchAll(/^\| `([a-zA-Z.]+)`/gm)].map((match) => match[1]);
      expect(documented.sort()).toEqual([...fields].sort());
    },
  );

  it.each(Object.entries(BODY_COMPONENTS))(
    'komponen <%s> punya contoh dan setiap atributnya dijelaskan',
    (component, { attributes }) => {
      const start = guide.indexOf(`### ${component}\n`, guide.indexOf('## Komponen untuk badan'));
      const end = guide.indexOf('\n##', start + 1);
      const text = guide.slice(start, end);
      expect(start, `bagian "### ${component}" tidak ada`).toBeGreaterThan(0);
      expect(text).toMatch(new RegExp(`\`\`\`mdx[\\s\\S]*?<${component}[\\s>/][\\s\\S]*?\`\`\``));
      for (const attribute of Object.keys(attributes)) expect(text).toContain(`\`${attribute}\``);
    },
  );

  it('tidak ada komponen lain yang diajarkan panduan', () => {
    const start = guide.indexOf('## Komponen untuk badan tulisan');
    const components = guide.slice(start, guide.indexOf('\n## ', start + 1));
    const taught = new Set([...components.matchAll(/^### (\w+)$/gm)].map((match) => match[1]));
    expect([...taught].sort()).toEqual(Object.keys(BODY_COMPONENTS).sort());
  });
});

describe('panduan editor menjelaskan padanan kata pencarian', () => {
  const start = guide.indexOf('## Padanan kata pencarian');
  const text = guide.slice(start, guide.indexOf('\n## ', start + 1));

  it('contoh berkas di panduan lolos pemeriksaan yang sama dengan build', () => {
    const example = /```yaml\n([\s\S]*?)```/.exec(text)?.[1] ?? '';
    expect(example).toContain('istilah:');
    expect(checkPadanan(example, 'content/padanan.yml').problems).toEqual([]);
  });

  it('setiap kolom kelompok dijelaskan di tabelnya', () => {
    const documented = [...text.matchAll(/^\| `([a-z]+)`/gm)].map((match) => match[1]);
    expect(documented).toEqual(['istilah', 'padanan']);
  });

  /** What each message is built from when an editor makes that mistake. */
  const SAMPLES: Record<string, unknown[]> = {
    unknownField: ['padanann'],
    notWords: ['angka'],
    badCharacter: ['MoU/MOU', '/'],
    tooShort: ['n'],
    tooLong: ['orang yang sedang menjalani masa hukuman'],
    duplicate: ['napi', 3],
    usedOnSite: ['rutan', 'content/berita/kunjungan/index.mdx'],
  };

  it.each(Object.entries(PADANAN_MESSAGES))('pesan %s ada di tabel arti pesan', (name, message) => {
    const { problem } =
      typeof message === 'function'
        ? (message as (...args: unknown[]) => { problem: string })(...(SAMPLES[name] ?? []))
        : message;
    expect(guideExplains(problem), problem).toBe(true);
  });

  it.each([...YAML_MISTAKES, UNREADABLE])(
    'pesan "$problem" ada di tabel arti pesan',
    ({ problem }) => {
      expect(guideExplains(problem), problem).toBe(true);
    },
  );
});

describe('panduan editor menjelaskan evaluasi', () => {
  const start = guide.indexOf('## Evaluasi program');
  const text = guide.slice(start, guide.indexOf('\n## ', start + 1));
  /** The rows of the table under a third-level heading, as cells without backticks. */
  const tableUnder = (heading: string) => {
    const from = text.indexOf(`### ${heading}\n`);
    const to = text.indexOf('\n### ', from + 1);
    return text
      .slice(from, to < 0 ? undefined : to)
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .slice(2)
      .map((line) =>
        line
          .replace(/^\||\|$/g, '')
          .split('|')
          .map((cell) => cell.trim().replace(/`/g, '')),
      );
  };

  it('definisi indikator di panduan sama dengan INDICATORS', () => {
    const APPLIES: Record<string, string> = {
      'semua program': 'semua',
      'hanya program vokasional': 'vokasional',
    };
    const rows = tableUnder('Indikator evaluasi');
    expect(
      rows.map(([label, key, definition, applies = '']) => ({
        key,
        label,
        definition,
        appliesTo: APPLIES[applies],
      })),
    ).toEqual(
      INDICATORS.map(({ key, label, definition, appliesTo }) => ({
        key,
        label,
        definition,
        appliesTo,
      })),
    );
  });

  it('tabel kolom evaluasi memakai nama dan definisi indikator yang sama', () => {
    const fields = guideFields(guide, 'evaluasi');
    for (const { key, label, definition } of INDICATORS)
      expect(fields.get(`figures.${key}`), key).toMatchObject({ label, meaning: definition });
  });

  it('contoh frontmatter evaluasi lolos aturan kolom yang sama dengan periksa', () => {
    const from = text.indexOf('### Contoh frontmatter evaluasi');
    const example = /```yaml\n([\s\S]*?)```/.exec(text.slice(from))?.[1] ?? '';
    expect(example).toContain('figures:');
    const { data } = readFrontmatter(`---\n${example}---\n`);
    expect(dataProblems('evaluasi', data)).toEqual([]);
  });

  it.each([
    'angka yang belum diketahui dihapus barisnya, bukan ditulis 0',
    'certified hanya untuk program vokasional',
    'Alamat itu harus diawali https://',
    'tidak diunggah ke situs ini',
  ])('menyebut aturan: %s', (rule) => {
    expect(text.replace(/\s+/g, ' ').replace(/[*`]/g, '').toLowerCase()).toContain(
      rule.toLowerCase(),
    );
  });
});

describe('nilai contoh panduan yang ditolak periksa', () => {
  // periksa refuses these values because the guide shows them: they must still be the guide's.
  it.each(SCAFFOLD_HINTS.filter((hint) => 'from' in hint))(
    '$field: "$value" masih tertulis di panduan',
    ({ value }) => {
      expect(guide).toContain(value);
    },
  );
});
