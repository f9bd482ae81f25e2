package main

import (
	"os"
	"runtime/debug"
)

// Memory sizing of a command-line build. Go's garbage collector lets the heap grow to twice
// what is live before it collects. A build's live heap peaks at about 250 MB at 10,000
// briefings of the benchmark archive (the gazetteer and matcher while briefings are
// converted, every briefing's packed figures and places, the model) and about 2.3 GB at
// 100,000 (the link checker's links and the page list grow a little faster than the
// archive), so the heap would reach about 0.5 GB and 4.6 GB. The soft memory limit is half
// as much again as an estimate of the live peak (250 MB at 10,000, 2.95 GB at 100,000): at
// 10,000 it holds the heap under 0.5 GB for no measurable processor time (a limit of 550 MB
// let the peak reach 554 MB, one of 475 MB kept it at 496 MB), and it leaves larger archives
// room. Tighter costs much more (at 10,000 briefings a limit of 350 MB took a fifth more
// processor time; at 100,000, one of 3.6 GB took a quarter more in a run on a busy machine).
// GOMEMLIMIT in the environment overrides it (GOMEMLIMIT=off for none).
const (
	liveBase        = 100 << 20 // gazetteer, matcher, runtime
	livePerBriefing = 15 << 10  // each briefing
	liveLargeFrom   = 10000     // past this many briefings,
	liveLarge       = 15 << 10  // each one more (links and pages grow faster than the archive)
)

// buildMemoryLimit is the soft memory limit for an archive of n briefing files.
func buildMemoryLimit(n int) int64 {
	live := int64(liveBase) + int64(n)*livePerBriefing + int64(max(0, n-liveLargeFrom))*liveLarge
	return 100<<20 + live*3/2
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
