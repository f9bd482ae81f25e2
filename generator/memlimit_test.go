package main

import (
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
)

func TestBuildMemoryLimitGrowsWithTheArchive(t *testing.T) {
	for _, c := range []struct {
		n        int
		min, max int64
	}{{0, 200 << 20, 300 << 20}, {10000, 400 << 20, 500 << 20}, {100000, 4 << 30, 5 << 30}} {
		if got := buildMemoryLimit(c.n); got < c.min || got > c.max {
			t.Errorf("buildMemoryLimit(%d) = %d MB, want %d-%d MB", c.n, got>>20, c.min>>20, c.max>>20)
		}
	}
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1)) // put back what the test process had
	dir := t.TempDir()
	for _, p := range []string{"content/a.md", "content/x/b.md", "content/x/y/c.md", "content/notes.txt"} {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(p)), 0o755)
		os.WriteFile(filepath.Join(dir, p), []byte("---\ntitle: t\n---\n"), 0o644)
	}
	t.Setenv("GOMEMLIMIT", "")
	want := buildMemoryLimit(3)
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
