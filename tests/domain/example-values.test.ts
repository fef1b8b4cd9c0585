// The built-in example node is marked as the example's until the user replaces its values, in the plan and in links.
import { describe, expect, it } from 'vitest';
import { decodePlan, encodePlan } from '../../src/domain/permalink';
import { defaultPlan, exampleValues } from '../../src/domain/plan';
import { newNode } from '../../src/app/features/steps/nodes/meta';

describe('exampleValues', () => {
  it('a fresh plan: the example node\'s name and both addresses', () => {
    expect(exampleValues(defaultPlan())).toEqual([
      { index: 0, field: 'name', value: 'cp-1' },
      { index: 0, field: 'ipv4', value: '192.168.10.11' },
      { index: 0, field: 'ipv6', value: 'fd00:192:168:10::11' },
    ]);
  });

  it('only the families the stack uses: an IPv4-only file never holds the example IPv6 address', () => {
    expect(exampleValues({ ...defaultPlan(), stack: 'ipv4' }).map((v) => v.field)).toEqual(['name', 'ipv4']);
    expect(exampleValues({ ...defaultPlan(), stack: 'ipv6', primaryFamily: 'ipv6' }).map((v) => v.field)).toEqual(['name', 'ipv6']);
  });

  it('a node without the mark holds the user\'s values, even the same ones', () => {
    const plan = defaultPlan();
    plan.nodes[0] = { name: 'cp-1', role: 'control-plane', ipv4: '192.168.10.11', ipv6: 'fd00:192:168:10::11' };
    expect(exampleValues(plan)).toEqual([]);
  });

  it('a row added after the example counts on from its addresses and stays marked; after a user\'s row, not', () => {
    const plan = defaultPlan();
    const added = newNode(plan);
    expect(added).toEqual({ name: 'worker-1', role: 'worker', ipv4: '192.168.10.12', ipv6: 'fd00:192:168:10::12', example: ['name', 'ipv4', 'ipv6'] });
    plan.nodes[0]!.example = ['ipv6'];
    expect(newNode(plan).example).toEqual(['name', 'ipv6']);
    plan.nodes[0]!.example = undefined;
    expect(newNode(plan).example).toBeUndefined();
  });
});

describe('the example mark in links', () => {
  it('an unedited plan\'s link keeps the mark (its nodes are the default), and so does one with an added example row', () => {
    expect(decodePlan(encodePlan(defaultPlan())).plan.nodes).toEqual(defaultPlan().nodes);
    const plan = defaultPlan();
    plan.nodes.push(newNode(plan));
    const link = encodePlan(plan);
    expect(link).toContain('n=cp-1,cxn46,192.168.10.11,fd00:192:168:10::11;worker-1,wxn46,192.168.10.12,');
    expect(decodePlan(link).plan.nodes).toEqual(plan.nodes);
  });

  it('a partly edited row keeps the mark of the fields not yet edited; an edited one has none', () => {
    const plan = defaultPlan();
    plan.nodes[0] = { ...plan.nodes[0]!, ipv4: '10.1.1.1', example: ['name', 'ipv6'] };
    const link = encodePlan(plan);
    expect(link).toContain(',cxn6,');
    expect(decodePlan(link).plan.nodes[0]!.example).toEqual(['name', 'ipv6']);
    plan.nodes[0] = { name: 'a', role: 'worker', ipv4: '10.1.1.1', ipv6: '' };
    expect(decodePlan(encodePlan(plan)).plan.nodes[0]).toEqual(plan.nodes[0]);
  });

  it('a row code with the mark out of order is a malformed row, dropped as before', () => {
    const { plan, dropped } = decodePlan('v=1&n=a,c6x,10.0.0.1,');
    expect(dropped.map((d) => d.reason)).toEqual(['invalid']);
    expect(plan.nodes).toEqual(defaultPlan().nodes);
  });
});
