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

const news = {
  title: 'Berita Uji dengan Beberapa Program',
  description: 'Berita uji yang menyebut beberapa program untuk memeriksa aturan di editor web.',
  publishDate: '2026-10-01',
  author: 'Tim Redaksi',
  cover: { image: 'cover.jpg', alt: 'Bidang biru polos sebagai sampul berita uji' },
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
    expect(
      dataProblems('berita', { ...news, programs: ['tata-boga', 'konseling', 'perbengkelan'] }),
    ).toEqual([]);
    const twice = dataProblems('berita', { ...news, programs: ['tata-boga', 'tata-boga'] });
    expect(twice.map((problem) => problem.field)).toEqual(['programs']);
    expect(twice[0]?.problem).toBe('ada program yang disebut lebih dari sekali.');
  });

  describe('evaluasi', () => {
    /** An evaluation as the web editor hands it over: dates as text, empty counts already left out. */
    const evaluation = {
      title: 'Evaluasi Uji Program Pembinaan Semester I 2027',
      summary:
        'Evaluasi uji untuk memeriksa aturan angka per program di editor web sebelum disimpan.',
      period: { label: 'Semester I 2027', start: '2027-01-01', end: '2027-06-30' },
      source: { evaluator: 'Kanwil Ditjenpas Maluku' },
      figures: [
        { program: 'tata-boga', enrolled: 24, completed: 21, certified: 20 },
        { program: 'konseling', enrolled: 35 },
      ],
      publishDate: '2027-07-20',
    };

    it('angka yang belum diketahui boleh tidak ada, dan 0 adalah angka', () => {
      expect(dataProblems('evaluasi', evaluation)).toEqual([]);
      const zero = {
        ...evaluation,
        figures: [{ program: 'konseling', enrolled: 35, completed: 0 }],
      };
      expect(dataProblems('evaluasi', zero)).toEqual([]);
    });

    it('lebih banyak yang menyelesaikan daripada yang terdaftar ditolak dengan pesan periksa', () => {
      const problems = dataProblems('evaluasi', {
        ...evaluation,
        figures: [{ program: 'tata-boga', enrolled: 24, completed: 30 }],
      });
      expect(problems).toEqual([
        {
          file: '',
          field: 'figures.0.completed',
          problem: 'jumlah yang menyelesaikan lebih besar dari jumlah peserta terdaftar.',
          fix: 'Tulis jumlah yang menyelesaikan program, bilangan bulat yang tidak lebih besar dari enrolled; bila belum diketahui, hapus barisnya (jangan tulis 0).',
        },
      ]);
    });

    it('angka negatif atau pecahan dan laporan http:// ditolak', () => {
      const problems = dataProblems('evaluasi', {
        ...evaluation,
        source: { ...evaluation.source, report: 'http://kanwil.contoh.example/laporan.pdf' },
        figures: [
          { program: 'tata-boga', enrolled: -1 },
          { program: 'konseling', enrolled: 10, completed: 2.5 },
        ],
      });
      expect(problems.map(({ field, problem }) => `${field}: ${problem}`)).toEqual([
        'source.report: alamat harus diawali https://.',
        'figures.0.enrolled: nilainya terlalu kecil: minimal 0.',
        'figures.1.completed: isinya harus bilangan bulat, bukan angka pecahan.',
      ]);
    });
  });
});

describe('kolom yang tertulis satu tingkat terlalu tinggi', () => {
  it('kisah: saran menjorokkan name ke bawah subject:', () => {
    const problem = dataProblems('kisah', { ...story, name: 'Nama Lengkap' }).find((found) =>
      found.problem.includes('kolom "name" tidak dikenal'),
    );
    expect(problem?.fix).toContain('tulis "name" di bawah subject:');
  });

  it('berita tidak punya subject: saran ejaan, bukan kelompok yang tidak ada', () => {
    const problem = dataProblems('berita', { ...news, name: 'Nama Lengkap' }).find((found) =>
      found.problem.includes('kolom "name" tidak dikenal'),
    );
    expect(problem?.fix).toContain('Periksa ejaannya');
  });

  it('di dalam cover: tidak disarankan pindah ke kelompok di luarnya', () => {
    const problem = dataProblems('kisah', {
      ...story,
      cover: { ...story.cover, reference: 'X' },
    }).find((found) => found.problem.includes('kolom "reference" tidak dikenal'));
    expect(problem?.fix).toContain('Periksa ejaannya');
  });
});
