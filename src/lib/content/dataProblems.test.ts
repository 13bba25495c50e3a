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

  it('beberapa program berbeda diterima; program yang sama dua kali ditolak', () => {
    const news = {
      title: 'Berita Uji dengan Beberapa Program',
      description:
        'Berita uji yang menyebut beberapa program untuk memeriksa aturan di editor web.',
      publishDate: '2026-10-01',
      author: 'Tim Redaksi',
      cover: { image: 'cover.jpg', alt: 'Bidang biru polos sebagai sampul berita uji' },
      tags: ['uji coba'],
    };
    expect(
      dataProblems('berita', { ...news, programs: ['tata-boga', 'konseling', 'perbengkelan'] }),
    ).toEqual([]);
    const twice = dataProblems('berita', { ...news, programs: ['tata-boga', 'tata-boga'] });
    expect(twice.map((problem) => problem.field)).toEqual(['programs']);
    expect(twice[0]?.problem).toBe('ada program yang disebut lebih dari sekali.');
  });
});
