// electron-builder: the Windows installer (npm run dist) and, for the Electron smoke test in CI,
// an unpacked Linux build. One place for the packaging settings; tests/unit/packaging.test.ts
// reads this file.

/**
 * Playwright's _electron drives the app through Node's inspector, so the build the smoke test
 * runs (DANGJIAN_SMOKE_BUILD=1) keeps --inspect; the installer clerks get does not.
 */
const smokeBuild = process.env.DANGJIAN_SMOKE_BUILD === '1';

/** @type {import('app-builder-lib').Configuration} */
module.exports = {
  appId: 'cn.edu.dangjian.taizhang',
  productName: '党建台账',
  directories: { output: 'release' },
  files: ['dist/**/*', 'resources/**/*', 'package.json'],
  asar: true,
  // better-sqlite3 is rebuilt for Electron's ABI while packaging (the node_modules copy stays Node's).
  npmRebuild: true,
  electronFuses: {
    runAsNode: false, // ELECTRON_RUN_AS_NODE cannot turn the signed .exe into a plain Node
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: smokeBuild,
    enableEmbeddedAsarIntegrityValidation: true, // Windows and macOS check app.asar against its hash
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false, // pages come from app://, never file://
  },
  win: {
    target: 'nsis',
    icon: 'resources/icon.ico',
  },
  nsis: {
    // Per-user: installs under %LOCALAPPDATA%\Programs without administrator rights, which office PCs often withhold.
    oneClick: true,
    perMachine: false,
    language: '2052',
    installerLanguages: ['zh_CN'],
    unicode: true,
    installerIcon: 'resources/icon.ico',
    uninstallerIcon: 'resources/icon.ico',
    shortcutName: '党建台账',
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    // The data (%APPDATA%\党建台账\data, or wherever it was moved) outlives the program.
    deleteAppDataOnUninstall: false,
  },
  linux: {
    target: 'dir',
    executableName: 'dangjian-taizhang',
    icon: 'resources/icon.png',
    category: 'Office',
  },
};
