#!/usr/bin/env node
// npm start (after npm run build): the demo district page with every element,
// wired to the reference receiver, which stores submissions in SQLite.
import { mkdirSync } from 'node:fs';
import { createReceiver } from '../server/src/receiver.js';

const port = Number(process.env.PORT ?? 8787);
mkdirSync('.receiver-data', { recursive: true });
const receiver = createReceiver({
  dbPath: '.receiver-data/submissions.sqlite',
  staticDir: '.',
  indexFile: 'demo/index.html',
  allowedOrigins: [],
  csvToken: process.env.RECEIVER_TOKEN,
});
const { url } = await receiver.listen(port, '127.0.0.1');
console.log(`\nThe demo district page: ${url}/`);
console.log(`Submissions are stored in .receiver-data/submissions.sqlite`);
console.log(`CSV export: ${url}/api/submissions.csv?formId=<form-id>  (Authorization: Bearer ${receiver.csvToken})\n`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => receiver.close().then(() => process.exit(0)));
