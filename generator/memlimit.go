package main

import (
	"os"
	"runtime/debug"

	"github.com/sitrep-archive/sitrep/generator/content"
)

// Memory sizing of a command-line build. Go's garbage collector lets the heap grow to twice
// what is live before it collects. A build's live heap peaks at about 250 MB at 10,000
// briefings of the benchmark archive (the gazetteer and matcher while briefings are
// converted, every briefing's packed figures and places, the model) and about 2.3 GB at
// 100,000 (the link checker's links and the page list grow a little faster than the
// archive), so the heap would reach about 0.5 GB and 4.6 GB. The soft memory limit is half
// as much again as an estimate of the live peak that errs high: it holds the heap near
// twice what is live at these sizes, and stops it growing further where the archive is
// denser than the estimate. Tighter costs much more processor time (at 10,000 briefings a
// limit of 350 MB took a fifth more; at 100,000, one of 3.6 GB took a quarter more in a run
// on a busy machine).
// GOMEMLIMIT in the environment overrides it (GOMEMLIMIT=off for none).
const (
	liveBase        = 100 << 20 // gazetteer, matcher, runtime
	livePerBriefing = 15 << 10  // small archives
	liveLarge       = 30 << 10  // per briefing, large archives
)

// buildMemoryLimit is the soft memory limit for an archive of n briefing files.
func buildMemoryLimit(n int) int64 {
	live := max(int64(liveBase)+int64(n)*livePerBriefing, int64(n)*liveLarge)
	return 100<<20 + live*3/2
}

// setBuildMemoryLimit sets the soft memory limit for building the site folder dir and
// returns it (0 when GOMEMLIMIT is set and is left to decide).
func setBuildMemoryLimit(dir string) int64 {
	if os.Getenv("GOMEMLIMIT") != "" {
		return 0
	}
	paths, _ := content.List(os.DirFS(dir)) // the briefing files the build will read
	n := len(paths)
	limit := buildMemoryLimit(n)
	debug.SetMemoryLimit(limit)
	return limit
}
