// The Windows installer's settings as a clerk would meet them (Chinese, per user, data kept on
// uninstall), the Electron fuses, and the icon files, checked without packaging (electron-builder
// cannot download Electron here; the CI workflow packages for real).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Configuration } from 'app-builder-lib';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { ICO_SIZES, iconFiles } from '../../scripts/icon';

const root = path.resolve(__dirname, '..', '..');
const configFile = path.join(root, 'electron-builder.config.js');

/** The config as electron-builder loads it, with DANGJIAN_SMOKE_BUILD as given. */
function loadConfig(smokeBuild: boolean): Configuration {
  const before = process.env.DANGJIAN_SMOKE_BUILD;
  if (smokeBuild) process.env.DANGJIAN_SMOKE_BUILD = '1';
  else delete process.env.DANGJIAN_SMOKE_BUILD;
  try {
    delete require.cache[require.resolve(configFile)];
    return require(configFile) as Configuration;
  } finally {
    if (before === undefined) delete process.env.DANGJIAN_SMOKE_BUILD;
    else process.env.DANGJIAN_SMOKE_BUILD = before;
  }
}

describe('the Windows installer', () => {
  it('passes electron-builder’s own schema', async () => {
    await validateConfiguration(loadConfig(false), new DebugLogger(false));
    await validateConfiguration(loadConfig(true), new DebugLogger(false));
  });

  it('is in Chinese (2052), installs per user without administrator rights, and leaves the data on uninstall', () => {
    const c = loadConfig(false);
    assert.equal(c.productName, '党建台账');
    assert.equal(c.nsis?.language, '2052');
    assert.deepEqual(c.nsis?.installerLanguages, ['zh_CN']);
    assert.equal(c.nsis?.perMachine, false);
    assert.equal(c.nsis?.oneClick, true, 'a one-click installer with perMachine false always installs per user (an assisted one would ask)');
    assert.equal(c.nsis?.deleteAppDataOnUninstall, false);
    assert.equal(c.win?.icon, 'resources/icon.ico');
    assert.ok(c.files && JSON.stringify(c.files).includes('resources/**/*'), 'the window icon ships with the app');
  });

  it('burns the fuses: no ELECTRON_RUN_AS_NODE, encrypted cookies, app.asar integrity, no file:// privileges', () => {
    const f = loadConfig(false).electronFuses;
    assert.equal(f?.runAsNode, false);
    assert.equal(f?.enableCookieEncryption, true);
    assert.equal(f?.enableEmbeddedAsarIntegrityValidation, true);
    assert.equal(f?.onlyLoadAppFromAsar, true);
    assert.equal(f?.enableNodeOptionsEnvironmentVariable, false);
    assert.equal(f?.grantFileProtocolExtraPrivileges, false);
    assert.equal(f?.enableNodeCliInspectArguments, false, 'the installer clerks get refuses --inspect');
    assert.equal(loadConfig(true).electronFuses?.enableNodeCliInspectArguments, true, 'the smoke-test build keeps it for Playwright');
  });
});

describe('the application icon', () => {
  it('resources/icon.ico holds every size up to 256 px as PNG, and both files match icon.svg (npm run icon)', () => {
    const ico = fs.readFileSync(path.join(root, 'resources', 'icon.ico'));
    assert.equal(ico.readUInt16LE(2), 1, 'an icon file');
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const e = 6 + 16 * i;
      sizes.push(ico.readUInt8(e) || 256);
      const at = ico.readUInt32LE(e + 12);
      assert.equal(ico.subarray(at, at + 8).toString('hex'), '89504e470d0a1a0a', `entry ${i} is a PNG`);
      assert.equal(ico.readUInt32BE(at + 16), sizes[i], `entry ${i} is as wide as it says`);
    }
    assert.deepEqual(sizes, [...ICO_SIZES]);
    const fresh = iconFiles(fs.readFileSync(path.join(root, 'resources', 'icon.svg'), 'utf8'));
    assert.ok(fresh.ico.equals(ico), 'icon.ico is stale: run npm run icon');
    assert.ok(fresh.png.equals(fs.readFileSync(path.join(root, 'resources', 'icon.png'))), 'icon.png is stale: run npm run icon');
  });
});
