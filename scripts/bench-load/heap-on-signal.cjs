// Preloaded into the soak's server (node --expose-gc -r): on SIGUSR2 it runs a full collection and
// prints the heap still in use, so the soak compares live memory at rest rather than the heap
// mid-load, which swings with the requests in flight at that moment.
process.on("SIGUSR2", () => {
  globalThis.gc();
  const mb = process.memoryUsage().heapUsed / 1048576;
  console.log(`live heap at rest: ${mb.toFixed(1)} MB`);
});
