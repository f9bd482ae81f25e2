package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
)

// Memory sizing of a command-line build. Go's garbage collector lets the heap grow to twice
// what is live before it collects; a build of 10,000 briefings has about 300–350 MB live at
// its peak (the model, every briefing's figures and places, the link checker's links), so
// its heap reached about 0.9–1 GB. A soft memory limit somewhat above the live peak makes
// the collector run more often as the heap nears it instead: at 10,000 briefings (a limit
// of about 650 MB) the peak falls to about 680 MB for a few percent more processor time; a
// tighter limit (500 MB) costs 15–20 % more. The limit grows with the archive, so that a
// large one is never starved: buildBaseMemory plus buildMemoryPerBriefing for each briefing
// file. GOMEMLIMIT in the environment overrides it (GOMEMLIMIT=off for none).
const (
	buildBaseMemory        = 250 << 20
	buildMemoryPerBriefing = 40 << 10
)

// setBuildMemoryLimit sets the soft memory limit for building the site folder dir and
// returns it (0 when GOMEMLIMIT is set and is left to decide).
func setBuildMemoryLimit(dir string) int64 {
	if os.Getenv("GOMEMLIMIT") != "" {
		return 0
	}
	n := 0
	filepath.WalkDir(filepath.Join(dir, "content"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
			n++
		}
		return nil
	})
	limit := int64(buildBaseMemory) + int64(n)*buildMemoryPerBriefing
	debug.SetMemoryLimit(limit)
	return limit
}
