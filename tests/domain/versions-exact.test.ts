// Version facts: what each version text parses to, range checks at both ends, and kubeadm apiVersion status by minor.
import { describe, expect, it } from 'vitest';
import {
  compareSemver,
  flannelIn,
  formatSemver,
  isKnownFlannel,
  isKnownKubernetesMinor,
  kubeadmApiStatus,
  kubernetesIn,
  parseFlannelVersion,
  parseKubernetesVersion,
  preferredKubeadmApi,
} from '../../src/domain/versions';

const semver = (major: number, minor: number, patch: number) => ({ major, minor, patch });

describe('parseKubernetesVersion', () => {
  it.each([
    ['1.33', 33, null, '1.33'],
    ['v1.33', 33, null, '1.33'],
    ['v1.33.2', 33, 2, '1.33.2'],
    ['v1.33.1', 33, 1, '1.33.1'],
    ['1.33.0', 33, 0, '1.33'],
    ['v1.33.0+build.5', 33, 0, '1.33.0+build.5'],
    [' 1.33 ', 33, null, '1.33'],
    ['1.33.0-rc.1', 33, 0, '1.33.0-rc.1'],
    ['1.33+build.5', 33, null, '1.33'],
    ['1.033', 33, null, '1.33'],
    ['1.33.01', 33, 1, '1.33.1'],
    ['1.999.9999', 999, 9999, '1.999.9999'],
    ['1.7', 7, null, '1.7'],
  ])('%j is minor %d, patch %j, kept as %j', (text, minor, patch, release) => {
    expect(parseKubernetesVersion(text)).toEqual({ minor, patch, text: `1.${minor}`, release });
  });
  it.each(['', '1', '1.', '2.33', 'V1.33', 'x1.33', '1.33x', '1.1234', '1.33.12345', '1.33.2.1', '1.33 .2', 'v 1.33'])('%j is not a version', (text) => {
    expect(parseKubernetesVersion(text)).toBeNull();
  });
  it('known minors are 1.23 to 1.37', () => {
    expect([22, 23, 37, 38].map(isKnownKubernetesMinor)).toEqual([false, true, true, false]);
  });
});

describe('parseFlannelVersion', () => {
  it.each([
    ['0.28.9', semver(0, 28, 9)],
    ['v0.28.9', semver(0, 28, 9)],
    [' v0.20.1 ', semver(0, 20, 1)],
    ['0.21.0-rc1', semver(0, 21, 0)],
    ['0.21.0+dirty', semver(0, 21, 0)],
    ['123.456.789', semver(123, 456, 789)],
  ])('%j', (text, expected) => {
    expect(parseFlannelVersion(text)).toEqual(expected);
  });
  it.each(['', '0.28', '0.28.9.1', '1234.0.0', '0.28.x', 'V0.28.9', 'x0.28.9', '0.28.9x', 'latest'])('%j is not a version', (text) => {
    expect(parseFlannelVersion(text)).toBeNull();
  });
  it('formats back to x.y.z', () => {
    expect(formatSemver(semver(0, 28, 9))).toBe('0.28.9');
  });
});

describe('compareSemver', () => {
  it('major, then minor, then patch', () => {
    expect(Math.sign(compareSemver(semver(1, 0, 0), semver(0, 99, 99)))).toBe(1);
    expect(Math.sign(compareSemver(semver(0, 99, 99), semver(1, 0, 0)))).toBe(-1);
    expect(Math.sign(compareSemver(semver(0, 21, 0), semver(0, 20, 99)))).toBe(1);
    expect(Math.sign(compareSemver(semver(0, 20, 99), semver(0, 21, 0)))).toBe(-1);
    expect(Math.sign(compareSemver(semver(0, 20, 2), semver(0, 20, 1)))).toBe(1);
    expect(Math.sign(compareSemver(semver(0, 20, 1), semver(0, 20, 2)))).toBe(-1);
    expect(compareSemver(semver(0, 20, 1), semver(0, 20, 1))).toBe(0);
  });
});

describe('ranges', () => {
  it('isKnownFlannel: v0.15.0 to v0.28.9', () => {
    expect([semver(0, 14, 99), semver(0, 15, 0), semver(0, 28, 9), semver(0, 28, 10), semver(1, 0, 0)].map(isKnownFlannel)).toEqual([false, true, true, false, false]);
  });
  it('flannelIn: inclusive at both ends, an end left out is open', () => {
    const range = { from: '0.18.0', to: '0.20.1' };
    expect([semver(0, 17, 99), semver(0, 18, 0), semver(0, 20, 1), semver(0, 20, 2)].map((v) => flannelIn(v, range))).toEqual([false, true, true, false]);
    expect([semver(0, 17, 99), semver(9, 0, 0)].map((v) => flannelIn(v, { from: '0.18.0' }))).toEqual([false, true]);
    expect([semver(0, 0, 0), semver(0, 20, 2)].map((v) => flannelIn(v, { to: '0.20.1' }))).toEqual([true, false]);
    expect(flannelIn(semver(0, 0, 0), {})).toBe(true);
  });
  it('kubernetesIn: minors, inclusive at both ends, an end left out is open', () => {
    const range = { from: '1.25', to: '1.27' };
    expect([24, 25, 27, 28].map((m) => kubernetesIn(m, range))).toEqual([false, true, true, false]);
    expect([24, 99].map((m) => kubernetesIn(m, { from: '1.25' }))).toEqual([false, true]);
    expect([0, 28].map((m) => kubernetesIn(m, { to: '1.27' }))).toEqual([true, false]);
    expect(kubernetesIn(0, {})).toBe(true);
  });
});

describe('kubeadmApiStatus and preferredKubeadmApi', () => {
  const status = (apiVersion: string, minors: number[]) => minors.map((minor) => kubeadmApiStatus(minor, apiVersion));
  it('v1beta2: deprecated from 1.23, removed from 1.27', () => {
    expect(status('kubeadm.k8s.io/v1beta2', [22, 23, 26, 27])).toEqual(['accepted', 'deprecated', 'deprecated', 'removed']);
  });
  it('v1beta3: deprecated from 1.31, removed from 1.36', () => {
    expect(status('kubeadm.k8s.io/v1beta3', [23, 30, 31, 35, 36])).toEqual(['accepted', 'accepted', 'deprecated', 'deprecated', 'removed']);
  });
  it('v1beta4: unknown before 1.28, experimental to 1.30, accepted from 1.31', () => {
    expect(status('kubeadm.k8s.io/v1beta4', [27, 28, 30, 31, 37])).toEqual(['unknown', 'experimental', 'experimental', 'accepted', 'accepted']);
  });
  it('v1beta1 is removed, anything else unknown', () => {
    expect(status('kubeadm.k8s.io/v1beta1', [23, 37])).toEqual(['removed', 'removed']);
    expect(status('kubeadm.k8s.io/v1', [23, 37])).toEqual(['unknown', 'unknown']);
    expect(status('', [33])).toEqual(['unknown']);
  });
  it('the generated apiVersion: v1beta3 up to 1.30, v1beta4 from 1.31', () => {
    expect([30, 31].map(preferredKubeadmApi)).toEqual(['kubeadm.k8s.io/v1beta3', 'kubeadm.k8s.io/v1beta4']);
  });
});
