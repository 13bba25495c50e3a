/** One evaluation entry as the collection's schema leaves it, for the evaluation modules' tests. */
const day = (text: string) => new Date(`${text}T00:00:00Z`);

export const entry = {
  id: 'semester-i-2027',
  data: {
    title: 'Evaluasi Program Semester I 2027',
    summary: 'Ringkasan uji.',
    period: { label: 'Semester I 2027', start: day('2027-01-01'), end: day('2027-06-30') },
    source: { evaluator: 'Tim Uji' },
    figures: [
      { program: { id: 'tata-boga' }, enrolled: 30, completed: 27, certified: 0, working: null },
      { program: { id: 'konseling' }, enrolled: 40, completed: 0, note: 'Dimulai bulan Juni.' },
    ],
    illustrative: false,
    publishDate: day('2027-07-15'),
  },
};
