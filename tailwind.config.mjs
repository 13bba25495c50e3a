import typography from '@tailwindcss/typography';

/**
 * Colours of Maluku: the deep Banda sea (`laut`), reef teal (`karang`), nutmeg mace (`pala`) and
 * sand (`pasir`). Text pairs are chosen to pass WCAG AA in light and dark schemes.
 */
/** @type {import('tailwindcss').Config} */
export default {
  content: ['./src/**/*.{astro,ts,md,mdx}'],
  // The dark scheme is for screens: printed from a phone in dark mode, light text would land on
  // white paper (browsers leave backgrounds out of print), so paper always gets the light scheme.
  darkMode: ['variant', '@media screen and (prefers-color-scheme: dark) { & }'],
  theme: {
    extend: {
      colors: {
        laut: {
          50: '#eef6fa',
          100: '#d5e8f1',
          200: '#a9d0e2',
          300: '#74b0cc',
          400: '#3f8cb0',
          500: '#1f6d92',
          600: '#135677',
          700: '#0e4d6e',
          800: '#0b3954',
          900: '#082a3e',
          950: '#051a27',
        },
        karang: { 500: '#138a8a', 600: '#0f7070', 700: '#0c5a5a', 300: '#6cc4c1' },
        pala: {
          50: '#fdf3ee',
          100: '#fae2d6',
          300: '#f0a27f',
          400: '#e07a3f',
          500: '#c8553d',
          600: '#a8432f',
          700: '#8a3626',
        },
        pasir: { 50: '#fbf8f2', 100: '#f4ede1', 200: '#e9dcc6' },
        cengkih: { 700: '#5b3a29', 900: '#3a2419' },
      },
      fontFamily: {
        sans: [
          'system-ui',
          '-apple-system',
          '"Segoe UI"',
          'Roboto',
          '"Noto Sans"',
          'Ubuntu',
          'Arial',
          'sans-serif',
        ],
        serif: ['"Noto Serif"', 'Georgia', 'Cambria', '"Times New Roman"', 'serif'],
      },
      maxWidth: { prose: '68ch' },
      typography: ({ theme }) => ({
        DEFAULT: {
          css: {
            '--tw-prose-body': theme('colors.slate.800'),
            '--tw-prose-headings': theme('colors.laut.900'),
            '--tw-prose-links': theme('colors.laut.700'),
            '--tw-prose-bold': theme('colors.slate.900'),
            '--tw-prose-quotes': theme('colors.laut.900'),
            '--tw-prose-quote-borders': theme('colors.pala.500'),
            '--tw-prose-bullets': theme('colors.pala.600'),
            '--tw-prose-counters': theme('colors.pala.700'),
            '--tw-prose-captions': theme('colors.slate.600'),
            '--tw-prose-invert-body': theme('colors.slate.200'),
            '--tw-prose-invert-headings': theme('colors.white'),
            '--tw-prose-invert-links': theme('colors.laut.200'),
            '--tw-prose-invert-bold': theme('colors.white'),
            '--tw-prose-invert-quotes': theme('colors.slate.100'),
            '--tw-prose-invert-quote-borders': theme('colors.pala.400'),
            '--tw-prose-invert-bullets': theme('colors.pala.300'),
            '--tw-prose-invert-counters': theme('colors.pala.300'),
            '--tw-prose-invert-captions': theme('colors.slate.300'),
            lineHeight: '1.75',
            a: { textUnderlineOffset: '0.2em', fontWeight: '500' },
            'h2, h3': { scrollMarginTop: '1rem' },
          },
        },
      }),
    },
  },
  plugins: [typography],
};
