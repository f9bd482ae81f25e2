package main

import (
	"os"
	"runtime/debug"

	"github.com/sitrep-archive/sitrep/generator/content"
)

// Memory sizing of a command-line build. Go's garbage collector lets the heap grow to twice
// what is live before it collects. A build's live heap peaks at about 350 MB at 10,000
// briefings of the benchmark archive (every briefing's figures and places, the model, the
// link checker's links) and about 4.2 GB at 100,000 (the links and annotations.json grow a
// little faster than the archive), so the heap reached about 1 GB and 8.4 GB. A soft memory
// limit a third above the expected live peak makes the collector run more often as the
// heap nears it instead: at 10,000 briefings the peak falls to about 0.7 GB for a few percent
// more processor time. Too tight a limit costs much more (at 100,000 briefings a limit of
// 4.3 GB took a third more processor time), so the estimate errs high.
// GOMEMLIMIT in the environment overrides it (GOMEMLIMIT=off for none).
const (
	liveBase        = 100 << 20 // gazetteer, matcher, runtime
	livePerBriefing = 25 << 10  // small archives
	liveLarge       = 43 << 10  // per briefing, large archives
)

// buildMemoryLimit is the soft memory limit for an archive of n briefing files.
func buildMemoryLimit(n int) int64 {
	live := max(int64(liveBase)+int64(n)*livePerBriefing, int64(n)*liveLarge)
	return 100<<20 + live*13/10
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
