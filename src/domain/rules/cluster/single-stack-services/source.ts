export const source = 'registry/core/service/storage/alloc.go initIPFamilyFields; dual-stack.md';
