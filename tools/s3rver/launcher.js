'use strict'
// Starts s3rver on 127.0.0.1 with an ephemeral port and prints the port on stdout (one line).
// Objects live in a fresh temporary folder (or the folder given as the first argument) that is removed on exit
// when it was temporary. Like tools/dynalite, the server lives exactly as long as its parent: it exits when
// stdin closes, so a crashed run leaves no orphan server behind.
const fs = require('fs')
const os = require('os')
const path = require('path')
const S3rver = require('s3rver')

const given = process.argv[2]
const directory = given || fs.mkdtempSync(path.join(os.tmpdir(), 's3rver-'))
const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory })

function stop (code) {
  if (!given) {
    try { fs.rmSync(directory, { recursive: true, force: true }) } catch (e) { /* best effort */ }
  }
  process.exit(code)
}

server.run().then(
  (address) => process.stdout.write(`${address.port}\n`),
  (err) => {
    process.stderr.write(`s3rver failed: ${err && err.stack ? err.stack : err}\n`)
    stop(1)
  })

require('../lifetime.js')(stop)
