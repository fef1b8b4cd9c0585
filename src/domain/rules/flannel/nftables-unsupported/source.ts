export const source = 'flannel commit f244861a (v0.25.0) adds EnableNFTables';
