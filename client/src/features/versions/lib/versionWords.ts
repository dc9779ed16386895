// How a version is described in words: its origin, and who (or which event) made it.
import type { VersionView } from '@samverka/shared';
import type { TFunction } from 'i18next';

export function versionOrigin(t: TFunction, version: VersionView): string {
  const origin = t(`versions.origin.${version.origin}`);
  return version.createdByName
    ? `${origin} ${t('versions.by', { name: version.createdByName })}`
    : origin;
}
