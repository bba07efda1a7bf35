'use strict'
// Starts dynalite in memory on 127.0.0.1 with an ephemeral port and prints the port on stdout (one line).
// Tables become ACTIVE at once (no CREATING/DELETING/UPDATING delay), so tests need no polling sleeps.
// The server lives exactly as long as its parent: it exits when stdin closes, so a crashed test run
// leaves no orphan server behind.
const dynalite = require('dynalite')

const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 })

function stop (code) {
  // Do not wait for a graceful close: the store is in memory and nothing needs flushing.
  process.exit(code)
}

server.on('error', (err) => {
  process.stderr.write(`dynalite failed: ${err && err.stack ? err.stack : err}\n`)
  stop(1)
})

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`)
})

require('../lifetime.js')(stop)
