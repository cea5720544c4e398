import { describe, expect, it } from 'vitest';
import { missingLibraryHint } from './browser';

describe('missingLibraryHint', () => {
  it('names the missing NSS library and the package to install', () => {
    const message =
      'browserType.launch: Browser closed.\n/tmp/chromium: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory';
    expect(missingLibraryHint(message)).toBe(
      'Chromium ne démarre pas : la bibliothèque système libnss3.so manque sur cette machine. Installez le paquet libnss3 (apt-get install libnss3), ou lancez .ci/system-packages, qui installe par apt ce qui manque aux tests.',
    );
  });

  it('names another missing library without guessing its package, and leaves other failures alone', () => {
    expect(missingLibraryHint('error while loading shared libraries: libgbm.so.1: cannot open shared object file')).toBe(
      'Chromium ne démarre pas : la bibliothèque système libgbm.so.1 manque sur cette machine. Installez le paquet qui la fournit, ou lancez .ci/system-packages, qui installe par apt ce qui manque aux tests.',
    );
    expect(missingLibraryHint('Timeout 30000ms exceeded')).toBeUndefined();
  });
});
