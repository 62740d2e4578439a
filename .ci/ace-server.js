#!/usr/bin/env node
// Ace by DAISY for a whole test run: one Node.js process and one headless browser check EPUB
// after EPUB, where the `ace` command starts both for every file (about twice the time).
// Reads one request a line on stdin, an output folder and an EPUB file separated by a tab;
// writes the report into that folder (report.json, as `ace --outdir` does) and answers with a
// line on stdout: "ace-server: done" or "ace-server: failed MESSAGE". Ends when stdin closes.
'use strict';
const readline = require('readline');
const ace = require('@daisy/ace-core');
const runner = require('@daisy/ace-axe-runner-puppeteer');
const logger = require('@daisy/ace-logger');

const ANSWER = 'ace-server: ';

async function main() {
  logger.initLogger({ verbose: false, silent: true });
  let launched = false;
  // ace-core launches and closes the browser around every file: here one browser serves them all
  const shared = Object.assign({}, runner, {
    launch: async () => {
      if (!launched) {
        await runner.launch();
        launched = true;
      }
    },
    close: async () => {},
  });
  const lines = readline.createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    const [outdir, epub] = line.split('\t');
    if (!outdir || !epub) {
      process.stdout.write(`${ANSWER}failed expected OUTDIR<tab>EPUB, got: ${line}\n`);
      continue;
    }
    try {
      await ace(epub, { cwd: process.cwd(), outdir, jobId: '', silent: true }, shared);
      process.stdout.write(`${ANSWER}done\n`);
    } catch (e) {
      // ace-core rejects with its job's name, empty here, when it cannot open the file
      const message = (e && e.message ? e.message : String(e || '')) || `Ace could not check ${epub}`;
      process.stdout.write(`${ANSWER}failed ${message.replace(/\s+/g, ' ')}\n`);
    }
  }
  if (launched) {
    await runner.close();
  }
}

main().catch(e => {
  console.error(e);
  process.exit(1);
});
