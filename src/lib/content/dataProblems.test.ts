import { describe, expect, it } from 'vitest';
import { dataProblems } from './dataProblems.ts';

const story = {
  title: 'Kisah Uji Tentang Jalan Pulang',
  summary: 'Kisah uji dengan nama samaran untuk memeriksa aturan privasi di editor web.',
  publishDate: '2026-10-01',
  subject: { alias: 'R., 34' },
  cover: { image: 'cover.jpg', alt: 'Bidang oranye polos sebagai sampul kisah uji' },
  tags: ['uji coba'],
};

describe('aturan frontmatter di luar berkas (editor web)', () => {
  it('entri yang lolos tidak punya masalah', () => {
    expect(dataProblems('kisah', story)).toEqual([]);
  });

  it('kisah yang menampilkan orang tanpa persetujuan: pesan yang sama dengan periksa', () => {
    const problems = dataProblems('kisah', {
      ...story,
      cover: { ...story.cover, showsPerson: true },
    });
    expect(problems.map((problem) => problem.field)).toEqual(['cover.showsPerson']);
    expect(problems[0]?.problem).toContain('showsPerson: true tetapi subject.consent belum ada.');
  });

  it('nama lengkap tanpa persetujuan ditolak', () => {
    const problems = dataProblems('kisah', {
      ...story,
      subject: { alias: 'R., 34', name: 'Nama' },
    });
    expect(problems.map((problem) => problem.field)).toEqual(['subject.name']);
  });
});
