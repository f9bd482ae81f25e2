package main

import (
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
)

func TestBuildMemoryLimitGrowsWithTheArchive(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1)) // put back what the test process had
	dir := t.TempDir()
	for _, p := range []string{"content/a.md", "content/x/b.md", "content/x/y/c.md", "content/notes.txt"} {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(p)), 0o755)
		os.WriteFile(filepath.Join(dir, p), []byte("---\ntitle: t\n---\n"), 0o644)
	}
	t.Setenv("GOMEMLIMIT", "")
	want := int64(buildBaseMemory + 3*buildMemoryPerBriefing)
	if got := setBuildMemoryLimit(dir); got != want {
		t.Errorf("limit for 3 briefings: got %d, want %d", got, want)
	}
	if got := debug.SetMemoryLimit(-1); got != want {
		t.Errorf("the runtime's limit is %d, want %d", got, want)
	}
	debug.SetMemoryLimit(math.MaxInt64)
	t.Setenv("GOMEMLIMIT", "2GiB")
	if got := setBuildMemoryLimit(dir); got != 0 {
		t.Errorf("with GOMEMLIMIT set: got %d, want 0 (left to the environment)", got)
	}
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("with GOMEMLIMIT set the runtime's limit changed to %d", got)
	}
}
