import { CP, type RuleExample, W1, plan } from '../../example-kit';

export const example: RuleExample = plan(['join-w-1.yaml'], { nodes: [CP, { ...W1, joinEndpoint: 'fd00:192:168:10::11:6443' }] }, { nodes: [CP, { ...W1, joinEndpoint: '[fd00:192:168:10::11]:6443' }] });
