package main

import (
	"os"
	"runtime/debug"
)

// Memory sizing of a command-line build. Go's garbage collector lets the heap grow to twice
// what is live before it collects. A build's live heap peaks at about 160 MB at 10,000
// briefings of the benchmark archive (while briefings are converted: the place matcher,
// every briefing's packed figures and places; while pages are written: the model, the
// timelines' figures, the link checker's links) and at about 80 MB at 1,000 (mostly the
// matcher), so without a limit the heap would reach 330 MB and the process 390 MB. The soft
// memory limit keeps the whole process near 275 MB at 10,000 briefings (257 MiB: 120 MiB
// and 14 KiB a briefing), for about 0.5 s more of the collector's processor time (1.6–1.8 s
// instead of 1.1 s, by GODEBUG=gctrace=1) in a build of 10 s of processor time; at 1,000 it
// is 134 MiB, for about 30 ms more. Past 10,000 briefings the links and the page list grow
// a little faster than the archive, and each briefing more adds 45 KiB (4.2 GiB at 100,000,
// where the live heap peaks at about 2.3 GB). GOMEMLIMIT in the environment overrides it
// (GOMEMLIMIT=off for none).
const (
	limitBase        = 120 << 20 // matcher, runtime, the program
	limitPerBriefing = 14 << 10  // each briefing, up to liveLargeFrom
	liveLargeFrom    = 10000     // past this many briefings,
	limitLarge       = 45 << 10  // each one more
)

// buildMemoryLimit is the soft memory limit for an archive of n briefing files.
func buildMemoryLimit(n int) int64 {
	return int64(limitBase) + int64(min(n, liveLargeFrom))*limitPerBriefing + int64(max(0, n-liveLargeFrom))*limitLarge
}

// buildMemoryLimiter returns the function that sets the soft memory limit for an archive of
// n briefing files, for build.Options.ContentListed (nil when GOMEMLIMIT is set and is left
// to decide).
func buildMemoryLimiter() func(n int) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return nil
	}
	return func(n int) { debug.SetMemoryLimit(buildMemoryLimit(n)) }
}
