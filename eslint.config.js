// One linter for the whole repository, generated/ included (the validators too: they are
// emitted by codegen/emit/validator-code.ts, not by ajv).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'node_modules/**',
      '.tmp/**',
      '.tmp-prof/**',
      '.runtimes/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-globals': [
        'error',
        {
          name: 'setTimeout',
          message: 'Timing goes through rxjs schedulers (src/) so TestScheduler can see it.',
        },
        {
          name: 'setInterval',
          message: 'Timing goes through rxjs schedulers (src/) so TestScheduler can see it.',
        },
      ],
    },
  },
  {
    // Every timer is a trust boundary: src/ schedules through guardedTimer (src/supervisor/guard.ts),
    // which reports an exception as a CallbackError instead of throwing it out of the scheduler.
    files: ['src/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='schedule'][callee.object.type!='ThisExpression']",
          message:
            'Schedule through guardedTimer (src/supervisor/guard.ts): a timer must not throw.',
        },
      ],
    },
  },
  {
    // The local exchange, tests, benchmarks and scripts are not timing paths of the SDK.
    files: ['sim/**', 'test/**', 'bench/**', 'scripts/**', 'examples/**', 'codegen/**', 'bin/**'],
    rules: { 'no-restricted-globals': 'off' },
  },
);
