/** Former entry, kept only while the command line moves to the entries by capability (index.ts). */
export * from './index.ts';
