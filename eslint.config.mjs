// Lint: typescript-eslint's recommended rules, React hooks, and the layer rules that keep each part
// of the app importing only what it may (docs/ARCHITECTURE.md). Formatting is prettier's job, not lint's.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** A no-restricted-imports rule from relative-path patterns, each with the reason shown on failure. */
const onlyImports = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns: patterns.map(([regex, message]) => ({ regex, message })) }] });

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Chinese text is padded with full-width spaces on purpose; only code itself must be plain.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipComments: true, skipTemplates: true, skipJSXText: true, skipRegExps: true }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...onlyImports([
        '^(\\.\\./)+electron/(?!(api/contract|domain)(/|$))',
        '界面只能引用自己的代码、electron/api/contract 和 electron/domain（数据库、导入导出只经由 API）。',
      ]),
    },
  },
  {
    files: ['electron/domain/**/*.ts'],
    rules: onlyImports(['^(\\.\\./)+(api|db|imports|exports|host|cli|seed|model)(/|$)', 'domain 是纯函数：不引用 api、db、imports、exports。']),
  },
  {
    files: ['electron/model/**/*.ts'],
    rules: onlyImports(['^\\.\\./(?!domain/)|^\\.\\./\\.\\./', 'model 是叶子模块：只引用 electron/domain。']),
  },
  {
    files: ['electron/db/**/*.ts'],
    rules: onlyImports(['^(\\.\\./)+(api|imports|exports|host|cli|seed)(/|$)', 'db 只存取数据：不引用接口（含 api/contract）、导入导出；共用的数据类型放在 electron/model。']),
  },
  {
    files: ['electron/exports/**/*.ts', 'electron/imports/**/*.ts'],
    rules: onlyImports(['^(\\.\\./)+(api|host|cli|seed)(/|$)', '导入导出不引用接口（含 api/contract）：共用的数据类型放在 electron/model。']),
  },
  {
    files: ['electron/api/contract/**/*.ts'],
    rules: onlyImports(['^\\.\\./\\.\\./(?!domain/|model/)|^\\.\\./(?!\\.\\./)', '接口契约会被界面引用：只能引用 contract 自身、electron/domain 和 electron/model。']),
  },
  {
    files: ['electron/api/*/**/*.ts'],
    ignores: ['electron/api/contract/**', 'electron/api/shared/**'],
    rules: onlyImports(['^\\.\\./(?!contract(/|$)|shared/|\\.\\./|errors$|registry$|uploads$|lockState$)', '一个接口区域不引用另一个区域的文件：共用的读取与工具放在 electron/api/shared/。']),
  },
  {
    files: ['electron/api/shared/**/*.ts'],
    rules: onlyImports(['^\\.\\./(?!contract(/|$)|\\.\\./|errors$|registry$|uploads$)', 'shared 是叶子模块：不引用任何接口区域的文件。']),
  },
);
