package main

import (
	"runtime/debug"
	"testing"
)

func TestBuildMemoryLimitGrowsWithTheArchive(t *testing.T) {
	for _, c := range []struct {
		n        int
		min, max int64
	}{{0, 100 << 20, 150 << 20}, {1000, 120 << 20, 160 << 20}, {10000, 240 << 20, 270 << 20}, {100000, 4 << 30, 5 << 30}} {
		if got := buildMemoryLimit(c.n); got < c.min || got > c.max {
			t.Errorf("buildMemoryLimit(%d) = %d MB, want %d-%d MB", c.n, got>>20, c.min>>20, c.max>>20)
		}
	}
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1)) // put back what the test process had
	t.Setenv("GOMEMLIMIT", "")
	set := buildMemoryLimiter()
	if set == nil {
		t.Fatal("no limiter without GOMEMLIMIT")
	}
	set(3)
	if got, want := debug.SetMemoryLimit(-1), buildMemoryLimit(3); got != want {
		t.Errorf("the runtime's limit is %d, want %d", got, want)
	}
	t.Setenv("GOMEMLIMIT", "2GiB")
	if buildMemoryLimiter() != nil {
		t.Error("with GOMEMLIMIT set the limit should be left to the environment")
	}
}
