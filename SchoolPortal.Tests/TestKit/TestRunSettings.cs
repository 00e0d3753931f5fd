// Four tests at once on a two-core machine: the browser flows spend much of their time waiting for Chromium and the
// portal (other processes), so two threads left the CPU a third idle. See docs/performance.md, issue 15.
[assembly: CollectionBehavior(MaxParallelThreads = 4)]
