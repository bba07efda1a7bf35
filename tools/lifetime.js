'use strict'
// Shared by the tools' launchers: a server lives exactly as long as its parent. It stops when its stdin closes
// (the parent exited or closed it on purpose) or on SIGTERM/SIGINT, so a crashed run leaves no orphan server.
module.exports = function stopWithParent (stop) {
  process.stdin.on('end', () => stop(0))
  process.stdin.on('close', () => stop(0))
  process.stdin.on('error', () => stop(0))
  process.stdin.resume()
  process.on('SIGTERM', () => stop(0))
  process.on('SIGINT', () => stop(0))
}
