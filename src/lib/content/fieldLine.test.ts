import { describe, expect, it } from 'vitest';
import { lineOfField } from './fieldLine.ts';

const STORY = `---
title: "Kisah"
subject:
  alias: "R., 34"
  consent:
    reference: "P/1"
    date: 2026-09-01
cover: { image: ./cover.jpg, alt: "" }
figures:
- program: tata-boga
  enrolled: 12
-   program: konseling

    # catatan editor
    enrolled: 8
tags: ["a", "b"]
name: "di tingkat atas"
---
Badan dengan
date: bukan frontmatter
`;

describe('baris kolom frontmatter untuk pesan', () => {
  it.each([
    ['title', 2],
    ['subject.alias', 4],
    ['subject.consent.date', 7],
    ['figures.0.program', 10],
    ['figures.0.enrolled', 11],
    ['figures.1', 12],
    ['figures.1.enrolled', 15],
    ['name', 17],
  ])('%s di baris %i', (field, line) => {
    expect(lineOfField(STORY, field)).toBe(line);
  });

  it('butir yang nilai pertamanya berbaris-baris, butir "-" saja, kunci berkutip, CRLF', () => {
    const evaluation = [
      '---',
      'figures:',
      '- note: >-',
      '    Angka belum',
      '    lengkap.',
      '  program: tata-boga',
      '  enrolled: -1',
      '-',
      '  "program": konseling',
      '  enrolled : 3',
      '---',
    ].join('\r\n');
    expect(lineOfField(evaluation, 'figures.0.enrolled')).toBe(7);
    expect(lineOfField(evaluation, 'figures.1')).toBe(8);
    expect(lineOfField(evaluation, 'figures.1.program')).toBe(9);
    expect(lineOfField(evaluation, 'figures.1.enrolled')).toBe(10);
  });

  it('kolom yang tidak ditulis di barisnya sendiri menunjuk baris kelompoknya', () => {
    expect(lineOfField(STORY, 'cover.alt')).toBe(8);
    expect(lineOfField(STORY, 'tags.1')).toBe(16);
    expect(lineOfField(STORY, 'subject.name')).toBe(3);
    expect(lineOfField(STORY, 'figures.2.enrolled')).toBe(9);
  });

  it('kolom yang tidak ada sama sekali tidak punya baris; badan tulisan tidak dibaca', () => {
    expect(lineOfField(STORY, 'summary')).toBeUndefined();
    expect(lineOfField(STORY, 'date')).toBeUndefined();
  });
});
